// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpane.h"

#include "highlightrepository.h"

#include "model/parsedline.h"
#include "record/record.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

/// Longest value text a table cell paints; copying takes the whole value.
constexpr qsizetype kMaxCellChars = 2048;
constexpr int kFullValueRole = Qt::UserRole + 1;

bool isJsonSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

/// The text of a JSON object or array, trimmed; empty when @p text is not one.
QStringView jsonPart(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (!trimmed.startsWith(u'{') && !trimmed.startsWith(u'['))
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return {};
    return trimmed;
}

/// Wrapping at word boundaries gets quadratic on long runs without one
/// (seconds for 64 KiB); wrapping anywhere stays linear.
bool hasLongWord(QStringView text)
{
    constexpr qsizetype kLongWord = 1024;
    qsizetype run = 0;
    for (QChar c : text) {
        run = c.isSpace() ? 0 : run + 1;
        if (run > kLongWord)
            return true;
    }
    return false;
}

/// Line breaks kept (CRLF becomes LF), tabs kept, other control characters
/// and NUL shown as Unicode control pictures, as in the table.
QString visibleText(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\t')
            continue;
        if (u < 0x20)
            c = QChar(char16_t(0x2400 + u));
        else if (u == 0x7f)
            c = QChar(char16_t(0x2421));
    }
    return text;
}

} // namespace

DetailPane::DetailPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_wrap(new QCheckBox(tr("Wrap lines"), this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_text(new QPlainTextEdit(m_splitter))
    , m_fields(new QTableWidget(0, 2, m_splitter))
    , m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(this))
{
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_wrap->setChecked(true);
    m_wrap->setToolTip(tr("Wrap long lines at the pane's width"));

    auto *top = new QHBoxLayout;
    top->setContentsMargins(4, 2, 4, 2);
    top->addWidget(m_title, 1);
    top->addWidget(m_wrap);

    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTabStopDistance(4 * QFontMetricsF(m_text->font()).horizontalAdvance(u' ')); // as in the table
    m_text->setPlaceholderText(tr("Select a line to see the whole record and its fields."));
    m_text->setObjectName(QStringLiteral("detailText"));
    m_highlighter->setDocument(m_text->document());

    m_fields->setObjectName(QStringLiteral("detailFields"));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_fields->setWordWrap(false);
    m_fields->setTextElideMode(Qt::ElideRight);
    m_fields->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("Copy"), m_fields);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &DetailPane::copySelectedFields);
    m_fields->addAction(copy);
    for (const bool exclude : {false, true}) {
        auto *filter = new QAction(exclude ? tr("&Exclude This Value") : tr("&Filter on This Value"), m_fields);
        filter->setObjectName(exclude ? QStringLiteral("excludeFieldValue") : QStringLiteral("filterOnFieldValue"));
        connect(filter, &QAction::triggered, this, [this, exclude] { requestFilter(exclude); });
        m_fields->addAction(filter);
    }

    m_splitter->addWidget(m_text);
    m_splitter->addWidget(m_fields);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_splitter, 1);

    connect(m_wrap, &QCheckBox::toggled, this, [this](bool wrap) {
        m_text->setLineWrapMode(wrap ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    });
    connect(m_wrap, &QCheckBox::clicked, this, &DetailPane::wordWrapChanged);

    applyTheme();
    clear();
}

DetailPane::~DetailPane() = default;

void DetailPane::showRecord(const QString &rawText, const Fields &fields, const QString &formatName)
{
    QString text = rawText;
    const bool cut = text.size() > kMaxChars;
    if (cut) {
        qsizetype end = kMaxChars;
        if (text.at(end - 1).isHighSurrogate())
            --end;
        text.truncate(end);
    }
    while (text.endsWith(u'\n') || text.endsWith(u'\r'))
        text.chop(1);

    const QStringView json = cut ? QStringView() : jsonPart(text);
    m_json = !json.isEmpty();
    text = m_json ? indentJson(json) : visibleText(std::move(text));
    const bool highlight = text.size() <= kMaxHighlightChars;

    QStringList notes;
    notes << (formatName.isEmpty() ? tr("Record") : tr("Format: %1").arg(formatName));
    if (!m_timeText.isEmpty())
        notes << m_timeText;
    if (m_json)
        notes << tr("pretty-printed JSON");
    if (cut)
        notes << tr("cut after %1 characters").arg(QLocale().toString(kMaxChars));
    if (!highlight)
        notes << tr("too long to highlight");
    m_title->setText(notes.join(QStringLiteral(" — ")));

    // Empty the document first, so changing the definition re-highlights
    // nothing and the new text is highlighted once.
    m_text->clear();
    if (!highlight)
        m_highlighter->setDefinition(KSyntaxHighlighting::Definition());
    else
        m_highlighter->setDefinition(m_json ? jsonDefinition() : logFileDefinition());
    m_text->setWordWrapMode(hasLongWord(text) ? QTextOption::WrapAnywhere : QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->setPlainText(text);
    setFields(fields);
}

void DetailPane::showLine(const ParsedLine &line, const QString &formatName)
{
    const QByteArrayView raw = line.record.raw.isEmpty() ? QByteArrayView(line.bytes) : line.record.raw;
    showRecord(QString::fromUtf8(raw), fieldsOf(line.record), formatName);
    if (line.truncated)
        m_title->setText(m_title->text() + QStringLiteral(" — ")
                         + tr("cut: %1 bytes in all").arg(QLocale().toString(line.fullLength)));
}

void DetailPane::clear()
{
    m_json = false;
    m_title->clear();
    m_text->clear();
    m_highlighter->setDefinition(KSyntaxHighlighting::Definition());
    setFields({});
}

QString DetailPane::title() const
{
    return m_title->text();
}

QString DetailPane::text() const
{
    return m_text->toPlainText();
}

DetailPane::Fields DetailPane::fieldsOf(const Record &record)
{
    Fields fields;
    fields.reserve(static_cast<qsizetype>(record.fields.size()));
    for (const Field &field : record.fields)
        fields.emplaceBack(QString::fromUtf8(field.name), QString::fromUtf8(field.value));
    return fields;
}

QString DetailPane::indentJson(QStringView json)
{
    QString out;
    out.reserve(json.size() + json.size() / 2);
    qsizetype depth = 0;
    bool inString = false;
    bool escaped = false;
    const auto newLine = [&out, &depth] {
        out += u'\n';
        out += QString(4 * depth, u' ');
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QChar c = json[i];
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == u'\\')
                escaped = true;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (isJsonSpace(c))
            continue;
        switch (c.unicode()) {
        case u'"':
            inString = true;
            out += c;
            break;
        case u'{':
        case u'[': {
            out += c;
            qsizetype next = i + 1;
            while (next < json.size() && isJsonSpace(json[next]))
                ++next;
            if (next < json.size() && (json[next] == u'}' || json[next] == u']')) {
                out += json[next]; // an empty container stays on one line
                i = next;
                break;
            }
            ++depth;
            newLine();
            break;
        }
        case u'}':
        case u']':
            depth = std::max<qsizetype>(0, depth - 1);
            newLine();
            out += c;
            break;
        case u',':
            out += c;
            newLine();
            break;
        case u':':
            out += QStringLiteral(": ");
            break;
        default:
            out += c;
        }
    }
    return out;
}

bool DetailPane::wordWrap() const
{
    return m_wrap->isChecked();
}

void DetailPane::setWordWrap(bool wrap)
{
    m_wrap->setChecked(wrap);
}

QByteArray DetailPane::saveState() const
{
    return m_splitter->saveState();
}

bool DetailPane::restoreState(const QByteArray &state)
{
    return m_splitter->restoreState(state);
}

void DetailPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void DetailPane::applyTheme()
{
    using KSyntaxHighlighting::Theme;
    const Theme theme = highlightRepository().themeForPalette(palette());
    // The text area takes its background and plain text colour from the
    // theme too: a theme's colours are only readable on its own background.
    QPalette textPalette = m_text->palette();
    textPalette.setColor(QPalette::Base, QColor::fromRgba(theme.editorColor(Theme::BackgroundColor)));
    textPalette.setColor(QPalette::Text, QColor::fromRgba(theme.textColor(Theme::Normal)));
    m_text->setPalette(textPalette);
    if (theme.name() == m_highlighter->theme().name())
        return;
    m_highlighter->setTheme(theme);
    // setTheme() keeps the formats already applied; redo them.
    if (!m_text->document()->isEmpty())
        m_highlighter->rehighlight();
}

void DetailPane::setFields(const Fields &fields)
{
    m_fields->clearContents();
    m_fields->setRowCount(static_cast<int>(std::min<qsizetype>(fields.size(), INT_MAX)));
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    int row = 0;
    for (const auto &[name, value] : fields) {
        auto *nameItem = new QTableWidgetItem(name);
        nameItem->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        nameItem->setData(kFullValueRole, name);
        // A cell shows one line; the record above shows the rest.
        QString shown = value.left(kMaxCellChars);
        shown.replace(u'\n', QChar(0x21b5)); // ↵
        auto *valueItem = new QTableWidgetItem(visibleText(std::move(shown)));
        valueItem->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        valueItem->setData(kFullValueRole, value);
        valueItem->setFont(fixed);
        m_fields->setItem(row, 0, nameItem);
        m_fields->setItem(row, 1, valueItem);
        if (++row == m_fields->rowCount())
            break;
    }
    if (row > 0)
        m_fields->resizeColumnToContents(0);
}

void DetailPane::requestFilter(bool exclude)
{
    const int row = m_fields->currentRow();
    if (row < 0 || !m_fields->item(row, 0) || !m_fields->item(row, 1))
        return;
    Q_EMIT filterRequested(m_fields->item(row, 0)->data(kFullValueRole).toString(),
                           m_fields->item(row, 1)->data(kFullValueRole).toString(), exclude);
}

void DetailPane::copySelectedFields() const
{
    // Selected cells, a row per line, cells in a row separated by a tab.
    QModelIndexList selected = m_fields->selectionModel()->selectedIndexes();
    if (selected.isEmpty() && m_fields->currentIndex().isValid())
        selected << m_fields->currentIndex();
    if (selected.isEmpty())
        return;
    std::ranges::sort(selected, [](const QModelIndex &a, const QModelIndex &b) {
        return std::pair(a.row(), a.column()) < std::pair(b.row(), b.column());
    });
    QString text;
    int lastRow = selected.first().row();
    for (qsizetype i = 0; i < selected.size(); ++i) {
        const QModelIndex &index = selected[i];
        if (i > 0)
            text += index.row() == lastRow ? u'\t' : u'\n';
        lastRow = index.row();
        text += index.data(kFullValueRole).toString();
    }
    QApplication::clipboard()->setText(text);
}
