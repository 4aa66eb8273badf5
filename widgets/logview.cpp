// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logview.h"

#include "highlightrules.h"
#include "levelcolors.h"

#include "model/logtablemodel.h"
#include "messagehighlighter.h"
#include "model/recordmodel.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>

namespace {
constexpr int kCellPadding = 6;
constexpr int kMaxCopyRows = 100000;
}

LogView::LogView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_header(new QHeaderView(Qt::Horizontal, this))
{
    m_header->setSectionsMovable(true);
    m_header->setStretchLastSection(true);
    m_header->setHighlightSections(false);
    m_header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QHeaderView::sectionResized, viewport(), qOverload<>(&QWidget::update));
    connect(m_header, &QHeaderView::sectionMoved, viewport(), qOverload<>(&QWidget::update));
    connect(verticalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(true);
    m_rowHeight = fontMetrics().height() + 4;
    updateGeometries();
}

LogView::~LogView() = default;

void LogView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_header->setModel(model);
    m_current = m_anchor = -1;
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &LogView::onRowsInserted);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &LogView::onRowsRemoved);
        connect(model, &QAbstractItemModel::modelReset, this, &LogView::onModelReset);
        connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            if (bottomRight.row() >= firstVisibleRow() && topLeft.row() <= firstVisibleRow() + visibleRowCount())
                viewport()->update(); // else nothing on screen changed
        });
    }
    m_lineDigits = 0;
    fitLineNumberColumn();
    updateScrollBar();
    viewport()->update();
}

int LogView::firstVisibleRow() const
{
    return verticalScrollBar()->value();
}

int LogView::visibleRowCount() const
{
    return std::max(1, (viewport()->height() + m_rowHeight - 1) / m_rowHeight);
}

int LogView::rowAt(int y) const
{
    if (!m_model || y < 0)
        return -1;
    const int row = firstVisibleRow() + y / m_rowHeight;
    return row < m_model->rowCount() ? row : -1;
}

bool LogView::isAtBottom() const
{
    return verticalScrollBar()->value() >= verticalScrollBar()->maximum();
}

std::pair<int, int> LogView::selectedRange() const
{
    if (m_current < 0)
        return {-1, -1};
    return {std::min(m_current, m_anchor), std::max(m_current, m_anchor)};
}

void LogView::setCurrentRow(int row)
{
    moveCurrent(row, false);
}

QString LogView::selectedText() const
{
    const auto [first, last] = selectedRange();
    if (first < 0 || !m_model)
        return {};
    QStringList lines;
    const int end = std::min(last, first + kMaxCopyRows - 1);
    const int textColumn = m_model->columnCount() - 1;
    for (int row = first; row <= end; ++row) {
        const QModelIndex index = m_model->index(row, 0);
        const bool folded = isFolded(row) && !index.data(RecordModel::ExpandedRole).toBool();
        const QVariant raw = index.data(folded ? int(RecordModel::RecordTextRole) : int(LogTableModel::RawTextRole));
        lines << (raw.isValid() ? raw.toString() : m_model->index(row, textColumn).data().toString());
    }
    return lines.join(u'\n');
}

void LogView::setMatchRoles(int rowRole, int rangesRole)
{
    m_matchRole = rowRole;
    m_rangesRole = rangesRole;
    viewport()->update();
}

void LogView::setContextRole(int role)
{
    m_contextRole = role;
    viewport()->update();
}

void LogView::setHighlightRules(HighlightRules *rules)
{
    if (m_rules)
        m_rules->disconnect(this);
    m_rules = rules;
    if (rules)
        connect(rules, &HighlightRules::changed, viewport(), qOverload<>(&QWidget::update));
    viewport()->update();
}

void LogView::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    Q_UNUSED(parent);
    const bool stick = isAtBottom() && verticalScrollBar()->maximum() > 0;
    const int count = last - first + 1;
    if (m_current >= first)
        m_current += count;
    if (m_anchor >= first)
        m_anchor += count;
    fitLineNumberColumn();
    updateScrollBar();
    if (stick)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    // Rows added below the screen (a file being indexed) change only the
    // scroll bar: repainting the rows for each batch cost the GUI thread
    // most of its time while a big file opened.
    if (stick || first <= firstVisibleRow() + visibleRowCount())
        viewport()->update();
}

void LogView::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    Q_UNUSED(parent);
    // Rows removed under the current one (a collapsed record): the current
    // row becomes the row above them, the record's own row.
    const auto shift = [first, last](int row) {
        return row > last ? row - (last - first + 1) : row >= first ? first - 1 : row;
    };
    const int before = m_current;
    m_current = shift(m_current);
    m_anchor = m_current < 0 ? -1 : std::max(0, shift(m_anchor));
    updateScrollBar();
    viewport()->update();
    if (m_current != before && m_current >= 0)
        Q_EMIT currentRowChanged(m_current);
}

void LogView::onModelReset()
{
    m_current = m_anchor = -1;
    fitLineNumberColumn(); // grows only: a reset (a new filter, a new format) keeps the layout
    updateScrollBar();
    viewport()->update();
}

void LogView::fitLineNumberColumn()
{
    if (!m_model || m_model->columnCount() < 2)
        return;
    const int digits = std::max(4, static_cast<int>(QString::number(m_model->rowCount()).size()));
    if (digits <= m_lineDigits)
        return;
    m_lineDigits = digits;
    m_header->resizeSection(0, fontMetrics().horizontalAdvance(QString(digits + 1, u'9')) + 2 * kCellPadding);
}

void LogView::updateGeometries()
{
    const int headerHeight = m_header->isHidden() ? 0 : m_header->sizeHint().height();
    setViewportMargins(0, headerHeight, 0, 0);
    const QRect vg = viewport()->geometry();
    m_header->setGeometry(vg.left(), vg.top() - headerHeight, vg.width(), headerHeight);
}

void LogView::updateScrollBar()
{
    const int rows = m_model ? m_model->rowCount() : 0;
    const int page = std::max(1, viewport()->height() / m_rowHeight);
    verticalScrollBar()->setPageStep(page);
    verticalScrollBar()->setSingleStep(1);
    verticalScrollBar()->setRange(0, std::max(0, rows - page));
}

void LogView::ensureVisible(int row)
{
    const int page = std::max(1, viewport()->height() / m_rowHeight);
    QScrollBar *bar = verticalScrollBar();
    if (row < bar->value())
        bar->setValue(row);
    else if (row >= bar->value() + page)
        bar->setValue(row - page + 1);
}

void LogView::moveCurrent(int row, bool extend)
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    row = std::clamp(row, 0, m_model->rowCount() - 1);
    if (!extend || m_anchor < 0)
        m_anchor = row;
    const bool changed = row != m_current;
    m_current = row;
    ensureVisible(row);
    viewport()->update();
    if (changed)
        Q_EMIT currentRowChanged(row);
}

void LogView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    if (!m_model)
        return;
    QPainter painter(viewport());
    const int rows = m_model->rowCount();
    const int first = firstVisibleRow();
    const int last = std::min(rows - 1, first + visibleRowCount());
    for (int row = first; row <= last; ++row)
        paintRow(painter, row, (row - first) * m_rowHeight);
    for (int row = first; m_markerAbove && row <= last; ++row)
        if (const QString marker = m_markerAbove(row); !marker.isEmpty())
            paintMarker(painter, marker, (row - first) * m_rowHeight);
}

void LogView::setRowMarkers(std::function<QString(int row)> markerAbove)
{
    m_markerAbove = std::move(markerAbove);
    viewport()->update();
}

/// A rule across the row's top edge, its text in a small tab at the right.
void LogView::paintMarker(QPainter &painter, const QString &text, int y)
{
    const QColor colour = palette().color(QPalette::Link);
    painter.save();
    painter.fillRect(QRect(0, y, viewport()->width(), 2), colour);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    const QFontMetrics metrics(small);
    const int width = metrics.horizontalAdvance(text) + 2 * kCellPadding;
    const QRect tab(viewport()->width() - width - 2 * kCellPadding, y, width, metrics.height() + 2);
    painter.fillRect(tab, colour);
    painter.setPen(palette().color(QPalette::BrightText));
    painter.drawText(tab, Qt::AlignCenter, text);
    painter.restore();
}

void LogView::paintRow(QPainter &painter, int row, int y)
{
    const auto [selFirst, selLast] = selectedRange();
    const bool selected = row >= selFirst && row <= selLast && selFirst >= 0;
    const QPalette &pal = palette();
    const QRect rowRect(0, y, viewport()->width(), m_rowHeight);
    if (selected)
        painter.fillRect(rowRect, pal.brush(hasFocus() ? QPalette::Active : QPalette::Inactive, QPalette::Highlight));
    else if (row % 2)
        painter.fillRect(rowRect, pal.alternateBase());
    if (!selected && m_matchRole >= 0 && m_model->index(row, 0).data(m_matchRole).toBool())
        painter.fillRect(rowRect, QColor(255, 196, 0, 48));
    const bool dimmed = !selected && m_contextRole >= 0 && m_model->index(row, 0).data(m_contextRole).toBool();
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int column = m_header->logicalIndex(visual);
        if (m_header->isSectionHidden(column))
            continue;
        QRect cell = cellRect(column, y);
        if (cell.right() < 0 || cell.left() > viewport()->width())
            continue;
        const QModelIndex index = m_model->index(row, column);
        if (column == m_levelColumn) {
            paintLevelChip(painter, cell, index, selected);
            continue;
        }
        const auto alignment = Qt::Alignment(index.data(Qt::TextAlignmentRole).toInt());
        const bool isLineNumber = column == 0 && m_model->columnCount() > 1;
        painter.setPen(selected ? pal.color(QPalette::HighlightedText)
                                : pal.color(isLineNumber ? QPalette::PlaceholderText : QPalette::Text));
        QRect hint;
        if (column == m_messageColumn) {
            cell = paintRecordMarks(painter, cell, index, selected);
            hint = paintFoldHint(painter, cell, index, selected);
            painter.setPen(selected ? pal.color(QPalette::HighlightedText) : pal.color(QPalette::Text));
        }
        const int width = hint.isNull() ? cell.width() : hint.left() - kCellPadding - cell.left();
        const QString text = fontMetrics().elidedText(index.data().toString(), Qt::ElideRight, width);
        if (dimmed)
            painter.setPen(pal.color(QPalette::PlaceholderText));
        if (m_rules && !isLineNumber)
            paintRuleSpans(painter, cell, text, int(alignment));
        if (m_rangesRole >= 0)
            paintHighlights(painter, cell, index, text, int(alignment));
        if (column == m_messageColumn && m_syntax && !selected && !dimmed && (alignment & Qt::AlignLeft))
            paintSyntax(painter, cell, text);
        else
            painter.drawText(cell, int(alignment) | Qt::TextSingleLine, text);
    }
    if (row == m_current && hasFocus()) {
        painter.setPen(QPen(pal.color(QPalette::Highlight).darker(130), 1, Qt::DotLine));
        painter.drawRect(rowRect.adjusted(0, 0, -1, -1));
    }
}

void LogView::setSyntaxHighlighting(bool on)
{
    if (on == (m_syntax != nullptr))
        return;
    m_syntax.reset(on ? new MessageHighlighter : nullptr);
    if (m_syntax && !m_syntax->isValid())
        m_syntax.reset();
    if (m_syntax)
        m_syntax->setDark(palette().color(QPalette::Base).lightness() < 128);
    viewport()->update();
}

void LogView::paintSyntax(QPainter &painter, const QRect &cell, const QString &text)
{
    // Runs left to right; text between coloured runs keeps the painter's pen.
    const QFontMetrics metrics = fontMetrics();
    const QPen plain = painter.pen();
    int x = cell.left();
    qsizetype done = 0;
    const auto draw = [&](qsizetype from, qsizetype to) {
        const QString piece = text.mid(from, to - from);
        painter.drawText(QRect(x, cell.top(), cell.right() - x + 1, cell.height()),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine, piece);
        x += metrics.horizontalAdvance(piece);
    };
    for (const MessageHighlighter::Span &span : m_syntax->spans(text)) {
        if (span.start > done)
            draw(done, span.start);
        painter.setPen(span.colour);
        draw(span.start, span.start + span.length);
        painter.setPen(plain);
        done = span.start + span.length;
    }
    if (done < text.size())
        draw(done, text.size());
}

QRect LogView::cellRect(int column, int y) const
{
    return QRect(m_header->sectionViewportPosition(column) + kCellPadding, y,
                 m_header->sectionSize(column) - 2 * kCellPadding, m_rowHeight);
}

bool LogView::isFolded(int row) const
{
    return m_model && m_model->index(row, 0).data(RecordModel::RecordLinesRole).toLongLong() > 1;
}

QRect LogView::expanderRect(int row) const
{
    const int first = firstVisibleRow();
    if (m_messageColumn < 0 || row < first || row > first + visibleRowCount() || !isFolded(row)
        || m_model->index(row, 0).data(RecordModel::ContinuationRole).toBool())
        return {};
    const QRect cell = cellRect(m_messageColumn, (row - first) * m_rowHeight);
    return QRect(cell.left(), cell.top(), m_rowHeight, m_rowHeight);
}

QRect LogView::paintRecordMarks(QPainter &painter, const QRect &cell, const QModelIndex &index, bool selected)
{
    const QVariant lines = index.data(RecordModel::RecordLinesRole);
    if (!lines.isValid())
        return cell; // a model without records
    const QRect gutter(cell.left(), cell.top(), m_rowHeight, m_rowHeight);
    const QColor colour = palette().color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    painter.save();
    if (index.data(RecordModel::ContinuationRole).toBool()) {
        painter.setPen(QPen(colour, 1));
        painter.drawLine(gutter.center().x(), gutter.top(), gutter.center().x(), gutter.bottom());
    } else if (lines.toLongLong() > 1) {
        const bool expanded = index.data(RecordModel::ExpandedRole).toBool();
        const QPointF c = QRectF(gutter).center();
        const qreal r = m_rowHeight / 5.0;
        const QPolygonF arrow = expanded ? QPolygonF({c + QPointF(-r, -r / 2), c + QPointF(r, -r / 2), c + QPointF(0, r)})
                                         : QPolygonF({c + QPointF(-r / 2, -r), c + QPointF(-r / 2, r), c + QPointF(r, 0)});
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter.drawPolygon(arrow);
    }
    painter.restore();
    return cell.adjusted(m_rowHeight, 0, 0, 0);
}

QRect LogView::paintFoldHint(QPainter &painter, const QRect &cell, const QModelIndex &index, bool selected)
{
    const qint64 lines = index.data(RecordModel::RecordLinesRole).toLongLong();
    if (lines <= 1 || index.data(RecordModel::ExpandedRole).toBool())
        return {};
    const QString hint = lines == 2 ? tr("+1 line") : tr("+%L1 lines").arg(lines - 1);
    const QFontMetrics metrics = fontMetrics();
    const int width = std::min(cell.width(), metrics.horizontalAdvance(hint) + 2 * kCellPadding);
    // Right after the message when it is short, else at the cell's end.
    const int textWidth = metrics.horizontalAdvance(index.data().toString());
    const int left = std::max(cell.left(), std::min(cell.left() + textWidth + 2 * kCellPadding, cell.right() - width));
    const QRect pill(left, cell.top() + 2, width, cell.height() - 4);
    const QColor colour = palette().color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour, 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(pill).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    painter.drawText(pill, Qt::AlignCenter | Qt::TextSingleLine, hint);
    painter.restore();
    return pill;
}

void LogView::paintLevelChip(QPainter &painter, const QRect &cell, const QModelIndex &index, bool selected)
{
    const QString text = index.data().toString();
    if (text.isEmpty())
        return;
    const auto level = static_cast<Level>(index.data(LogTableModel::LevelRole).toInt());
    const QColor colour = levelColor(level);
    const int width = std::min(cell.width(), fontMetrics().horizontalAdvance(text) + 2 * kCellPadding);
    const QRect chip(cell.left(), cell.top() + 2, width, cell.height() - 4);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(selected ? colour.lighter(130) : colour);
    painter.drawRoundedRect(chip, 3, 3);
    painter.setPen(levelTextColor(level));
    painter.drawText(chip, Qt::AlignCenter | Qt::TextSingleLine, text);
    painter.restore();
}

void LogView::paintRuleSpans(QPainter &painter, const QRect &cell, const QString &shown, int flags)
{
    if ((flags & (int(Qt::AlignRight) | int(Qt::AlignHCenter))) != 0 || m_rules->rules().isEmpty())
        return; // spans are measured from the left edge
    const QFontMetrics metrics = fontMetrics();
    const qsizetype visible = shown.size() - (shown.endsWith(QChar(0x2026)) ? 1 : 0);
    for (const HighlightRules::Span &span : m_rules->spans(QStringView(shown).left(visible))) {
        QColor colour = span.colour;
        colour.setAlpha(150);
        const int x = cell.left() + metrics.horizontalAdvance(shown.left(span.start));
        const int width = metrics.horizontalAdvance(shown.mid(span.start, span.length));
        painter.fillRect(QRect(x, cell.top() + 2, width, cell.height() - 4), colour);
    }
}

void LogView::paintHighlights(QPainter &painter, const QRect &cell, const QModelIndex &index, const QString &shown,
                              int flags)
{
    if (!(flags & Qt::AlignLeft))
        return;
    const QVariant value = index.data(m_rangesRole);
    if (!value.isValid())
        return;
    const auto ranges = value.value<QList<std::pair<qsizetype, qsizetype>>>();
    const QFontMetrics metrics = fontMetrics();
    // An elided text ends in "…": highlight only what is shown before it.
    const qsizetype visible = shown.size() - (shown.endsWith(QChar(0x2026)) ? 1 : 0);
    for (const auto &[start, length] : ranges) {
        const qsizetype end = std::min(start + length, visible);
        if (start >= end)
            continue;
        const int x = cell.left() + metrics.horizontalAdvance(shown.left(start));
        const int width = metrics.horizontalAdvance(shown.mid(start, end - start));
        painter.fillRect(QRect(x, cell.top() + 2, width, cell.height() - 4), QColor(255, 213, 79, 170));
    }
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateGeometries();
    updateScrollBar();
}

void LogView::keyPressEvent(QKeyEvent *event)
{
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const int page = std::max(1, viewport()->height() / m_rowHeight - 1);
    const int last = m_model ? m_model->rowCount() - 1 : -1;
    const int current = std::max(m_current, 0);
    if (event->matches(QKeySequence::Copy)) {
        QGuiApplication::clipboard()->setText(selectedText());
        return;
    }
    if (!extend && !ctrl && handleExpandKey(event->key()))
        return;
    switch (event->key()) {
    case Qt::Key_Up: moveCurrent(current - 1, extend); break;
    case Qt::Key_Down: moveCurrent(m_current < 0 ? 0 : current + 1, extend); break;
    case Qt::Key_PageUp: moveCurrent(current - page, extend); break;
    case Qt::Key_PageDown: moveCurrent(current + page, extend); break;
    case Qt::Key_Home: ctrl ? moveCurrent(0, extend) : QAbstractScrollArea::keyPressEvent(event); break;
    case Qt::Key_End: ctrl ? moveCurrent(last, extend) : QAbstractScrollArea::keyPressEvent(event); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0)
            Q_EMIT rowActivated(m_current);
        break;
    default: QAbstractScrollArea::keyPressEvent(event);
    }
}

bool LogView::handleExpandKey(int key)
{
    if (m_current < 0 || !m_model)
        return false;
    const QModelIndex index = m_model->index(m_current, 0);
    const bool continuation = index.data(RecordModel::ContinuationRole).toBool();
    const bool expanded = index.data(RecordModel::ExpandedRole).toBool();
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Plus:
        if (!isFolded(m_current) || continuation)
            return false;
        if (!expanded)
            setExpanded(m_current, true);
        else if (key == Qt::Key_Right)
            moveCurrent(m_current + 1, false);
        return true;
    case Qt::Key_Left:
    case Qt::Key_Minus:
        if (continuation && key == Qt::Key_Left) {
            int row = m_current;
            while (row > 0 && m_model->index(row, 0).data(RecordModel::ContinuationRole).toBool())
                --row;
            moveCurrent(row, false);
        } else if (expanded || continuation) {
            setExpanded(m_current, false);
        } else {
            return false;
        }
        return true;
    default:
        return false;
    }
}

void LogView::setExpanded(int row, bool expanded)
{
    // The record's row keeps its place on screen.
    const int offset = row - firstVisibleRow();
    m_model->setData(m_model->index(row, 0), expanded, RecordModel::ExpandedRole);
    const int current = std::max(0, m_current);
    verticalScrollBar()->setValue(current - std::clamp(offset, 0, visibleRowCount() - 1));
    ensureVisible(current);
    viewport()->update();
}

void LogView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const int row = rowAt(pos.y());
    if (row >= 0 && event->button() == Qt::LeftButton && expanderRect(row).contains(pos)) {
        moveCurrent(row, false);
        setExpanded(row, !m_model->index(row, 0).data(RecordModel::ExpandedRole).toBool());
        return;
    }
    if (row >= 0 && event->button() == Qt::LeftButton)
        moveCurrent(row, event->modifiers() & Qt::ShiftModifier);
    QAbstractScrollArea::mousePressEvent(event);
}

void LogView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton) {
        const int y = event->position().toPoint().y();
        const int row = rowAt(std::clamp(y, 0, viewport()->height() - 1));
        if (y < 0)
            moveCurrent(firstVisibleRow() - 1, true);
        else if (y >= viewport()->height())
            moveCurrent(firstVisibleRow() + visibleRowCount(), true);
        else if (row >= 0)
            moveCurrent(row, true);
    }
    QAbstractScrollArea::mouseMoveEvent(event);
}

void LogView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint().y());
    if (row >= 0)
        Q_EMIT rowActivated(row);
}

void LogView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_syntax)
        m_syntax->setDark(palette().color(QPalette::Base).lightness() < 128);
    if (event->type() == QEvent::FontChange) {
        m_rowHeight = fontMetrics().height() + 4;
        m_lineDigits = 0;
        fitLineNumberColumn();
        updateScrollBar();
    }
    QAbstractScrollArea::changeEvent(event);
}

void LogView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void LogView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}
