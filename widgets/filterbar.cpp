// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterbar.h"

#include "levelcolors.h"
#include "savedfilters.h"

#include "parse/levelnames.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QSpinBox>
#include <QTextCharFormat>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {
const auto kHistoryKey = QStringLiteral("filter/history");

QIcon levelIcon(Level level)
{
    QPixmap pixmap(10, 10);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(levelColor(level));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 9, 9), 2, 2);
    return QIcon(pixmap);
}

QString levelLabel(Level level)
{
    return QString::fromLatin1(levelName(level)).toUpper();
}

/// A field name the query language reads as one: letters, digits, _ . - @.
bool isFieldName(const QString &name)
{
    return !name.isEmpty() && std::ranges::all_of(name, [](QChar c) {
        return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'-' || c == u'@';
    });
}

/// True when @p value would not be read back as the same literal value unquoted.
bool needsQuotes(const QString &value)
{
    if (value.isEmpty() || value.startsWith(u'>') || value.startsWith(u'<') || value.startsWith(u'='))
        return true;
    return !std::ranges::all_of(value, [](QChar c) {
        return c.isLetterOrNumber() || c == u'_' || c == u'.' || c == u'-' || c == u'/' || c == u'@' || c == u'+'
               || c == u',';
    });
}
} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_matchLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    m_edit->setPlaceholderText(tr("Filter, e.g. level:>=warn status:>=500 \"disk full\" -healthcheck  (Ctrl+F)"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_matchLabel->setTextFormat(Qt::PlainText);
    m_matchLabel->setMinimumWidth(m_matchLabel->fontMetrics().horizontalAdvance(QStringLiteral("match 00,000 of 000,000")));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->hide();
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    m_debounce->callOnTimeout(this, &FilterBar::runNow);
    connect(m_edit, &QLineEdit::textChanged, this, &FilterBar::onTextChanged);
    connect(m_edit, &QLineEdit::editingFinished, this, &FilterBar::remember);
    m_history = QSettings().value(kHistoryKey).toStringList();

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(createModeButtons());
    row->addWidget(m_edit, 1);
    row->addWidget(createHelpButton());
    row->addWidget(createSavedButton());
    row->addWidget(createContextBox());
    row->addWidget(createLevelButtons());
    row->addWidget(m_matchLabel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_errorLabel);
    setFocusProxy(m_edit);
}

QWidget *FilterBar::createModeButtons()
{
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *group = new QButtonGroup(box);
    m_filterButton = new QToolButton(box);
    m_filterButton->setText(tr("Filter"));
    m_filterButton->setToolTip(tr("Filter mode: show only the matching records"));
    m_findButton = new QToolButton(box);
    m_findButton->setText(tr("Find"));
    m_findButton->setToolTip(tr("Find mode: show all records and mark the matching ones (F3, Shift+F3 to step)"));
    for (QToolButton *button : {m_filterButton, m_findButton}) {
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        group->addButton(button);
        layout->addWidget(button);
    }
    m_filterButton->setChecked(true);
    connect(m_findButton, &QToolButton::toggled, this, &FilterBar::modeChanged);
    connect(m_findButton, &QToolButton::toggled, this, [this](bool find) {
        if (m_context)
            m_context->setEnabled(!find);
    });
    return box;
}

QWidget *FilterBar::createLevelButtons()
{
    auto *box = new QWidget(this);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    for (int i = static_cast<int>(Level::Trace); i < kLevelCount; ++i) {
        const auto level = static_cast<Level>(i);
        auto *button = new QToolButton(box);
        button->setCheckable(true);
        button->setChecked(true);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::NoFocus);
        button->setIcon(levelIcon(level));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setText(levelLabel(level));
        button->hide(); // until counted
        connect(button, &QToolButton::toggled, this, &FilterBar::runNow);
        m_levelButtons[static_cast<std::size_t>(i)] = button;
        layout->addWidget(button);
    }
    return box;
}

QToolButton *FilterBar::createHelpButton()
{
    auto *button = new QToolButton(this);
    button->setText(QStringLiteral("?"));
    button->setToolTip(tr("Query language"));
    button->setFocusPolicy(Qt::NoFocus);
    connect(button, &QToolButton::clicked, this, &FilterBar::showHelp);
    return button;
}

QToolButton *FilterBar::createSavedButton()
{
    m_savedButton = new QToolButton(this);
    m_savedButton->setText(tr("Saved"));
    m_savedButton->setToolTip(tr("Save the query under a name, run a saved one or delete one"));
    m_savedButton->setFocusPolicy(Qt::NoFocus);
    m_savedButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_savedButton);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fillSavedMenu(menu); });
    m_savedButton->setMenu(menu);
    return m_savedButton;
}

void FilterBar::fillSavedMenu(QMenu *menu)
{
    menu->clear();
    QAction *save = menu->addAction(tr("&Save Query As…"), this, &FilterBar::saveQueryAs);
    save->setEnabled(!text().trimmed().isEmpty());
    const QStringList names = SavedFilters::names();
    if (names.isEmpty())
        return;
    menu->addSeparator();
    for (const QString &name : names) {
        const QString query = SavedFilters::query(name);
        QAction *action = menu->addAction(name, this, [this, query] {
            setText(query);
            remember();
        });
        action->setToolTip(query);
        action->setStatusTip(query);
    }
    menu->setToolTipsVisible(true);
    menu->addSeparator();
    QMenu *remove = menu->addMenu(tr("&Delete"));
    for (const QString &name : names)
        remove->addAction(name, this, [name] { SavedFilters::remove(name); });
}

void FilterBar::saveQueryAs()
{
    const QString query = text().trimmed();
    if (query.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Query"), tr("Name for “%1”:").arg(query),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok)
        SavedFilters::save(name, query);
}

QSpinBox *FilterBar::createContextBox()
{
    m_context = new QSpinBox(this);
    m_context->setRange(0, kMaxContext);
    m_context->setPrefix(QStringLiteral("±"));
    m_context->setToolTip(tr("Records of context: show this many records before and after each match "
                             "(Filter mode)"));
    m_context->setAccelerated(true);
    connect(m_context, &QSpinBox::valueChanged, this, &FilterBar::contextChanged);
    return m_context;
}

int FilterBar::context() const
{
    return m_context->value();
}

void FilterBar::setContext(int records)
{
    m_context->setValue(records);
}

void FilterBar::showHelp()
{
    auto *popup = new QFrame(this, Qt::Popup);
    popup->setAttribute(Qt::WA_DeleteOnClose);
    popup->setFrameShape(QFrame::StyledPanel);
    auto *label = new QLabel(popup);
    label->setTextFormat(Qt::PlainText);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    label->setText(tr("timeout                 word, anywhere in the record (ignores case)\n"
                      "Timeout                 with an uppercase letter: exact case\n"
                      "\"disk full\"             phrase\n"
                      "/time(d)?out/i          regular expression, i: ignore case\n"
                      "level:error             level equals\n"
                      "level:>=warn            level at least warn\n"
                      "status:500              field equals (ignores case)\n"
                      "path:/api/*             field matches, * is any text\n"
                      "status:>=500            numeric comparison: > >= < <= =\n"
                      "since:-15m  until:-1h   relative time: s m h d w\n"
                      "since:2024-01-15T10:00  absolute time\n"
                      "a b   a AND b           both\n"
                      "a OR b                  either\n"
                      "NOT a   -a              not\n"
                      "( ... )                 grouping\n"
                      "\n"
                      "\n"
                      "Up/Down: history   Esc: clear   Return: run now\n"
                      "Find mode: F3 / Shift+F3 or n / N step through the matches\n"
                      "Saved: keep a query under a name   ±N: records of context around matches\n"
                      "Right-click a value in the table or the fields pane to filter on it or exclude it"));
    auto *layout = new QVBoxLayout(popup);
    layout->addWidget(label);
    popup->adjustSize();
    popup->move(m_edit->mapToGlobal(QPoint(0, m_edit->height())));
    popup->show();
}

QString FilterBar::text() const
{
    return m_edit->text();
}

void FilterBar::setText(const QString &text)
{
    m_edit->setText(text);
    runNow();
}

void FilterBar::addTerm(const QString &term)
{
    QString query = m_edit->text().trimmed();
    if (query.contains(QStringLiteral(" OR ")))
        query = QStringLiteral("(%1)").arg(query);
    setText(query.isEmpty() ? term : query + u' ' + term);
    remember();
}

QString FilterBar::fieldTerm(const QString &field, const QString &value)
{
    if (!isFieldName(field))
        return {};
    if (!needsQuotes(value))
        return field + u':' + value;
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return field + QStringLiteral(":\"") + escaped + u'"';
}

void FilterBar::addFieldTerm(const QString &field, const QString &value, bool exclude)
{
    const QString term = fieldTerm(field, value);
    if (!term.isEmpty())
        addTerm(exclude ? QStringLiteral("NOT ") + term : term);
}

bool FilterBar::isFindMode() const
{
    return m_findButton->isChecked();
}

void FilterBar::setFindMode(bool find)
{
    (find ? m_findButton : m_filterButton)->setChecked(true);
}

QString FilterBar::levelTerm() const
{
    QStringList shown;
    for (int i = static_cast<int>(Level::Trace); i < kLevelCount; ++i) {
        if (m_levelButtons[static_cast<std::size_t>(i)]->isChecked())
            shown << QStringLiteral("level:") + QString::fromLatin1(levelName(static_cast<Level>(i)));
    }
    if (shown.size() == kLevelCount - 1)
        return {};
    shown << QStringLiteral("level:unknown"); // records without a level have no toggle
    return QStringLiteral("(%1)").arg(shown.join(QStringLiteral(" OR ")));
}

void FilterBar::setLevelCounts(const FilterStats &stats)
{
    const QLocale locale;
    for (int i = static_cast<int>(Level::Trace); i < kLevelCount; ++i) {
        QToolButton *button = m_levelButtons[static_cast<std::size_t>(i)];
        const qint64 count = stats.levels[static_cast<std::size_t>(i)];
        button->setText(QStringLiteral("%1 %2").arg(levelLabel(static_cast<Level>(i)), locale.toString(count)));
        button->setToolTip(tr("Records at level %1 that match the query: %L2. Click to hide or show them.")
                               .arg(levelLabel(static_cast<Level>(i)))
                               .arg(count));
        // Once shown, a toggle stays: the bar does not jump as the query changes.
        if (count > 0 || !button->isChecked())
            button->show();
    }
}

void FilterBar::setMatchText(const QString &text)
{
    m_matchLabel->setText(text);
}

void FilterBar::showError(const QString &message, int column)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
    m_errorColumn = column;
    markColumn(column);
}

void FilterBar::clearError()
{
    m_errorLabel->clear();
    m_errorLabel->hide();
    if (m_errorColumn > 0)
        markColumn(0);
    m_errorColumn = 0;
}

bool FilterBar::hasError() const
{
    return !m_errorLabel->isHidden();
}

void FilterBar::markColumn(int column)
{
    // QLineEdit draws text formats only as input-method attributes; the
    // attribute's start is relative to the cursor.
    QList<QInputMethodEvent::Attribute> attributes;
    if (column > 0 && !m_edit->text().isEmpty()) {
        const int start = std::min(column - 1, static_cast<int>(m_edit->text().size()) - 1);
        QTextCharFormat format;
        format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        format.setUnderlineColor(QColor(0xc6, 0x28, 0x28));
        format.setBackground(QColor(0xc6, 0x28, 0x28, 60));
        attributes << QInputMethodEvent::Attribute(QInputMethodEvent::TextFormat, start - m_edit->cursorPosition(), 1, format);
    }
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(m_edit, &event);
}

void FilterBar::focusQuery()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FilterBar::remember()
{
    const QString query = m_edit->text().trimmed();
    if (query.isEmpty() || hasError())
        return;
    m_history.removeAll(query);
    m_history.prepend(query);
    while (m_history.size() > kHistorySize)
        m_history.removeLast();
    QSettings().setValue(kHistoryKey, m_history);
    m_historyPos = -1;
}

void FilterBar::stepHistory(int delta)
{
    const int pos = std::clamp(m_historyPos + delta, -1, static_cast<int>(m_history.size()) - 1);
    if (pos == m_historyPos)
        return;
    if (m_historyPos < 0)
        m_draft = m_edit->text();
    m_historyPos = pos;
    const QSignalBlocker blocker(m_edit);
    m_edit->setText(pos < 0 ? m_draft : m_history.at(pos));
    onTextChanged();
}

void FilterBar::onTextChanged()
{
    if (m_errorColumn > 0)
        markColumn(0); // the mark no longer fits the text
    m_debounce->start();
}

void FilterBar::runNow()
{
    m_debounce->stop();
    m_lastRun = m_edit->text();
    Q_EMIT queryChanged();
}

bool FilterBar::handleKey(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
        stepHistory(1);
        return true;
    case Qt::Key_Down:
        stepHistory(-1);
        return true;
    case Qt::Key_Escape:
        if (m_edit->text().isEmpty()) {
            Q_EMIT escapePressed();
        } else {
            m_edit->clear();
            runNow();
        }
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (isFindMode() && !m_debounce->isActive() && m_lastRun == m_edit->text() && !hasError()) {
            if (event->modifiers() & Qt::ShiftModifier)
                Q_EMIT previousMatchRequested();
            else
                Q_EMIT nextMatchRequested();
        } else {
            runNow();
        }
        remember();
        return true;
    default:
        return false;
    }
}

bool FilterBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress)
        return handleKey(static_cast<QKeyEvent *>(event));
    if (watched == m_edit && event->type() == QEvent::ShortcutOverride) {
        // Esc and Return belong to the bar, not to window shortcuts.
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape || key == Qt::Key_Return || key == Qt::Key_Enter) {
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
