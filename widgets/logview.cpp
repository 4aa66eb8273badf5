// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logview.h"

#include "levelcolors.h"

#include "model/logtablemodel.h"

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

void LogView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_header->setModel(model);
    m_current = m_anchor = -1;
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &LogView::onRowsInserted);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &LogView::onModelReset);
        connect(model, &QAbstractItemModel::modelReset, this, &LogView::onModelReset);
        connect(model, &QAbstractItemModel::dataChanged, viewport(), qOverload<>(&QWidget::update));
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
        const QVariant raw = m_model->index(row, 0).data(LogTableModel::RawTextRole);
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

void LogView::onRowsInserted()
{
    const bool stick = isAtBottom() && verticalScrollBar()->maximum() > 0;
    fitLineNumberColumn();
    updateScrollBar();
    if (stick)
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    viewport()->update();
}

void LogView::onModelReset()
{
    m_current = m_anchor = -1;
    m_lineDigits = 0;
    fitLineNumberColumn();
    updateScrollBar();
    viewport()->update();
}

void LogView::fitLineNumberColumn()
{
    if (!m_model || m_model->columnCount() < 2)
        return;
    const int digits = std::max(4, static_cast<int>(QString::number(m_model->rowCount()).size()));
    if (digits == m_lineDigits)
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
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int column = m_header->logicalIndex(visual);
        if (m_header->isSectionHidden(column))
            continue;
        const QRect cell(m_header->sectionViewportPosition(column) + kCellPadding, y,
                         m_header->sectionSize(column) - 2 * kCellPadding, m_rowHeight);
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
        const QString text = fontMetrics().elidedText(index.data().toString(), Qt::ElideRight, cell.width());
        if (m_rangesRole >= 0)
            paintHighlights(painter, cell, index, text, int(alignment));
        painter.drawText(cell, int(alignment) | Qt::TextSingleLine, text);
    }
    if (row == m_current && hasFocus()) {
        painter.setPen(QPen(pal.color(QPalette::Highlight).darker(130), 1, Qt::DotLine));
        painter.drawRect(rowRect.adjusted(0, 0, -1, -1));
    }
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

void LogView::mousePressEvent(QMouseEvent *event)
{
    const int row = rowAt(event->position().toPoint().y());
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
