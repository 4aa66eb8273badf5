// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logtab.h"

#include "columncontroller.h"
#include "detailcontroller.h"
#include "detailpane.h"
#include "filterbar.h"
#include "highlightrules.h"
#include "logview.h"
#include "matchoverview.h"
#include "newlinesbadge.h"
#include "timelinewidget.h"

#include "index/logfile.h"
#include "model/filteredmodel.h"
#include "model/filterrunner.h"
#include "model/logtablemodel.h"
#include "model/recordindex.h"
#include "model/recordmodel.h"
#include "parse/formatregistry.h"
#include "timeline/timelinemodel.h"
#include "timeline/timerangeterms.h"

#include <QClipboard>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace {
const auto kUtcKey = QStringLiteral("timeline/utc");

/// @p value as a query phrase: in double quotes, with \ and " escaped.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + escaped + u'"';
}

/// Gives the memory the finished scans freed back to the system. Their
/// chunks are built on worker threads and freed here, so glibc keeps the
/// space in the workers' arenas: about 3 bytes per line of a 1 GiB file,
/// as much as the line index itself, until the next scan reuses it.
void releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

/// The rotations and truncations of @p file that happened after the line of
/// the row above @p row and up to @p row's last line, for LogView's marker.
QString followMarkerAbove(const LogFile &file, const QAbstractItemModel &rows, int row)
{
    const std::vector<FollowEvent> &events = file.followEvents();
    if (events.empty())
        return {};
    const auto lastLine = [&rows](int r) { return rows.index(r, 0).data(RecordModel::RecordLastLineRole).toLongLong(); };
    const qint64 above = row > 0 ? lastLine(row - 1) : -1;
    const qint64 last = lastLine(row);
    QStringList texts;
    for (const FollowEvent &event : events)
        if (event.line > above && event.line <= last)
            texts << LogFile::describe(event);
    return texts.join(QStringLiteral(" · "));
}
} // namespace

LogTab::LogTab(QWidget *parent)
    : QWidget(parent)
    , m_file(new LogFile(this))
    , m_model(new LogTableModel(m_file, this))
    , m_filtered(new FilteredModel(m_model, m_file, this))
    , m_records(new RecordIndex(m_file, &m_filtered->countScan(), this))
    , m_rows(new RecordModel(m_filtered, m_records, this))
    , m_bar(new FilterBar(this))
    , m_view(new LogView(this))
    , m_overview(new MatchOverview(this))
    , m_timelineModel(new TimelineModel(m_filtered, this))
    , m_timeline(new TimelineWidget(m_timelineModel, this))
    , m_bandTimer(new QTimer(this))
    , m_statusTimer(new QTimer(this))
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *table = new QWidget(splitter); // the view, and the match overview beside its scroll bar
    auto *tableLayout = new QHBoxLayout(table);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(0);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addWidget(m_overview);
    splitter->addWidget(table);
    auto *pane = new DetailPane(splitter);
    splitter->addWidget(pane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_detail = new DetailController(m_file, m_view, splitter, pane, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    auto *outer = new QSplitter(Qt::Vertical, this);
    outer->addWidget(m_timeline);
    outer->addWidget(splitter);
    outer->setStretchFactor(1, 1);
    outer->setChildrenCollapsible(true);
    const int height = QSettings().value(QStringLiteral("timeline/height"), 150).toInt();
    outer->setSizes({height, 10 * height});
    connect(outer, &QSplitter::splitterMoved, this, [outer] {
        QSettings().setValue(QStringLiteral("timeline/height"), outer->sizes().value(0));
    });
    layout->addWidget(outer, 1);
    m_view->setModel(m_rows);
    m_view->setRowMarkers([this](int row) { return followMarkerAbove(*m_file, *m_rows, row); });
    connect(m_file, &LogFile::followEventAdded, m_view->viewport(), qOverload<>(&QWidget::update));
    m_badge = new NewLinesBadge(m_view);
    m_view->setMessageColumn(LogTableModel::MessageColumn);
    m_view->setSyntaxHighlighting(true);
    m_view->setMatchRoles(FilteredModel::MatchRole, FilteredModel::HighlightRole);
    m_view->setContextRole(FilteredModel::ContextRole);
    m_view->setHighlightRules(HighlightRules::instance());
    m_overview->setModel(m_filtered);
    m_overview->hide();
    connect(m_overview, &MatchOverview::lineRequested, this, &LogTab::showLine);
    connect(pane, &DetailPane::filterRequested, m_bar, &FilterBar::addFieldTerm);
    m_view->viewport()->installEventFilter(this);
    setFocusProxy(m_view);
    setUpColumns();
    connectFilter();
    connectTimeline();
    connect(m_file, &LogFile::formatChanged, this, &LogTab::onFormatChanged);
    // Progress is said at most every kStatusMs: a status bar's QProgressBar
    // repaints at once (the whole window with it, the table included), which
    // per index or scan chunk took most of the GUI thread while a file opened.
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(kStatusMs);
    connect(m_statusTimer, &QTimer::timeout, this, &LogTab::statusChanged);
    connect(m_file, &LogFile::progressChanged, this, &LogTab::statusChangedSoon);
    connect(m_file, &LogFile::linesAdded, this, &LogTab::statusChangedSoon);
    connect(m_file, &LogFile::indexingFinished, this, [this] {
        m_statusTimer->stop();
        Q_EMIT statusChanged();
    });
    connect(m_file, &LogFile::errorOccurred, this, &LogTab::errorOccurred);
    // Once the line index and the count scan (records, levels, timeline) are both done.
    connect(m_file, &LogFile::indexingFinished, this, [this] {
        if (!m_filtered->countScan().isScanning())
            releaseFreedMemory();
    });
    connect(&m_filtered->countScan(), &FilterRunner::finished, this, [this] {
        if (!m_file->isIndexing())
            releaseFreedMemory();
    });
    // After onFormatChanged(): a remembered layout for the format wins.
    m_columns = new ColumnController(m_file, m_model, m_view, this);
}

LogTab::~LogTab() = default;

void LogTab::connectFilter()
{
    connect(m_bar, &FilterBar::queryChanged, this, &LogTab::applyQuery);
    connect(m_bar, &FilterBar::modeChanged, this, &LogTab::onModeChanged);
    connect(m_bar, &FilterBar::contextChanged, m_filtered, &FilteredModel::setContext);
    connect(m_bar, &FilterBar::nextMatchRequested, this, [this] { stepMatch(true); });
    connect(m_bar, &FilterBar::previousMatchRequested, this, [this] { stepMatch(false); });
    connect(m_bar, &FilterBar::escapePressed, m_view, [this] { m_view->setFocus(); });
    connect(m_filtered, &FilteredModel::statusChanged, this, &LogTab::onFilterStatus);
    connect(m_filtered, &FilteredModel::scanFinished, this, &LogTab::onFilterStatus);
    connect(m_filtered, &FilteredModel::scanFinished, this, &LogTab::showQueryCost);
    connect(m_filtered, &FilteredModel::errorOccurred, this, &LogTab::errorOccurred);
    connect(m_view, &LogView::currentRowChanged, this, &LogTab::updateMatchText);
    // After the view's own handlers, which size the line column for the row count.
    connect(m_rows, &QAbstractItemModel::rowsInserted, this, &LogTab::fitLineColumn);
    connect(m_rows, &QAbstractItemModel::modelReset, this, &LogTab::fitLineColumn);
}

void LogTab::connectTimeline()
{
    setUtc(QSettings().value(kUtcKey, false).toBool());
    connect(m_timeline, &TimelineWidget::utcChanged, this, [this](bool utc) {
        if (utc == m_utc)
            return;
        QSettings().setValue(kUtcKey, utc);
        setUtc(utc);
        Q_EMIT utcChanged(utc);
    });
    connect(m_timeline, &TimelineWidget::rangeSelected, this, [this](qint64 from, qint64 to) {
        m_bar->setText(TimeRangeTerms::withRange(m_bar->text(), from, to, m_timeline->zone()));
    });
    connect(m_timeline, &TimelineWidget::resetRequested, this, [this] {
        if (TimeRangeTerms::hasRange(m_bar->text()))
            m_bar->setText(TimeRangeTerms::withoutRange(m_bar->text()));
    });
    connect(m_timeline, &TimelineWidget::lineRequested, this, &LogTab::showLine);
    connect(m_timeline, &TimelineWidget::levelClicked, this, [this](Level level) {
        if (QToolButton *button = m_bar->levelButton(level))
            button->toggle();
    });
    for (int i = 0; i < kLevelCount; ++i) {
        const auto level = static_cast<Level>(i);
        if (QToolButton *button = m_bar->levelButton(level)) {
            m_timeline->setLevelShown(level, button->isChecked());
            connect(button, &QToolButton::toggled, m_timeline, [this, level](bool on) { m_timeline->setLevelShown(level, on); });
        }
    }
    // The band follows the rows on screen, a moment after they change.
    m_bandTimer->setSingleShot(true);
    m_bandTimer->setInterval(40);
    connect(m_bandTimer, &QTimer::timeout, this, &LogTab::updateBand);
    const auto later = [this] { m_bandTimer->start(); };
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, later);
    connect(m_rows, &QAbstractItemModel::rowsInserted, this, later);
    connect(m_rows, &QAbstractItemModel::modelReset, this, later);
    connect(m_timelineModel, &TimelineModel::scanFinished, this, later);
}

void LogTab::updateBand()
{
    const int rows = m_rows->rowCount();
    const int first = m_view->firstVisibleRow();
    const int last = std::min(rows, first + m_view->visibleRowCount());
    TimeNs from = kNoTime;
    TimeNs to = kNoTime;
    for (int row = std::max(0, first); row < last; ++row) {
        const TimeNs time = m_rows->index(row, 0).data(LogTableModel::TimeRole).toLongLong();
        if (time == kNoTime)
            continue;
        from = from == kNoTime ? time : std::min(from, time);
        to = to == kNoTime ? time : std::max(to, time);
    }
    m_timeline->setBand(from == kNoTime ? std::nullopt : std::optional(std::pair(from, to)));
}

qint64 LogTab::lineAt(int row) const
{
    return m_rows->lineAt(row);
}

int LogTab::rowForLine(qint64 line)
{
    const int row = m_rows->rowForLine(line);
    if (row >= m_rows->rowCount() || m_rows->lineAt(row) == line)
        return row;
    const QModelIndex index = m_rows->index(row, 0);
    const qint64 first = index.data(RecordModel::RecordFirstLineRole).toLongLong();
    const qint64 last = index.data(RecordModel::RecordLastLineRole).toLongLong();
    if (line < first || line > last)
        return row;
    m_rows->setExpanded(row, true);
    return m_rows->rowForLine(line);
}

void LogTab::showLine(qint64 line)
{
    const int row = rowForLine(line);
    if (row < m_rows->rowCount())
        m_view->setCurrentRow(row);
    m_view->setFocus();
}

void LogTab::setUpColumns()
{
    QHeaderView *header = m_view->header();
    const QFontMetrics metrics = m_view->fontMetrics();
    header->resizeSection(LogTableModel::TimeColumn, metrics.horizontalAdvance(QStringLiteral("2026-03-14 08:00:00.000")) + 16);
    header->resizeSection(LogTableModel::LevelColumn, metrics.horizontalAdvance(QStringLiteral("CRITICAL")) + 20);
    header->resizeSection(LogTableModel::SourceColumn, metrics.horizontalAdvance(QStringLiteral("x")) * 16);
    m_view->setLevelColumn(LogTableModel::LevelColumn);
}

void LogTab::fitLineColumn()
{
    // Filtered rows show their file line numbers, which may have more
    // digits than the row count the view sized the column for.
    const int digits = std::max(4, static_cast<int>(QString::number(m_model->rowCount()).size()));
    const int width = m_view->fontMetrics().horizontalAdvance(QString(digits + 1, u'9')) + 12;
    if (m_view->header()->sectionSize(LogTableModel::LineColumn) < width)
        m_view->header()->resizeSection(LogTableModel::LineColumn, width);
}

void LogTab::onFormatChanged()
{
    // Plain text has no time, level or source: show the line alone.
    const bool plain = formatName() == u"plain";
    QHeaderView *header = m_view->header();
    for (int column : {LogTableModel::TimeColumn, LogTableModel::LevelColumn, LogTableModel::SourceColumn})
        header->setSectionHidden(column, plain);
    Q_EMIT statusChanged();
}

void LogTab::applyQuery()
{
    const QString text = m_bar->text();
    const TimeNs now = QDateTime::currentMSecsSinceEpoch() * 1000000;
    const auto parsed = Query::parse(text, now);
    if (!parsed) {
        m_bar->showError(parsed.error().message, parsed.error().column);
        return; // the previous result stays
    }
    m_bar->clearError();
    const QString levels = m_bar->levelTerm();
    const QString combined = levels.isEmpty()   ? text
                             : parsed->isEmpty() ? levels
                                                 : QStringLiteral("(%1) %2").arg(text, levels);
    if (combined == m_runQuery && !combined.contains(QStringLiteral("since:")) && !combined.contains(QStringLiteral("until:")))
        return;
    m_runQuery = combined;
    const auto query = combined == text ? parsed : Query::parse(combined, now);
    // The level toggles count what the query matches, whatever they hide.
    m_filtered->setQuery(query ? *query : *parsed, *parsed);
    updateOverview();
    updateMatchText();
}

void LogTab::showQueryCost()
{
    if (const QString error = m_filtered->query().tooExpensiveError(); !error.isEmpty())
        m_bar->showError(error, 0); // the result is void: the regex gave up
}

void LogTab::updateOverview()
{
    m_overview->setVisible(m_filtered->mode() == FilteredModel::FindMode && m_filtered->hasQuery());
}

void LogTab::statusChangedSoon()
{
    if (!m_statusTimer->isActive())
        m_statusTimer->start();
}

void LogTab::onFilterStatus()
{
    m_bar->setLevelCounts(m_filtered->levelCounts());
    updateMatchText();
    if (m_filtered->isScanning() || m_filtered->isCounting())
        statusChangedSoon(); // progress: see kStatusMs
    else
        Q_EMIT statusChanged();
}

void LogTab::updateMatchText()
{
    if (!m_filtered->hasQuery()) {
        m_bar->setMatchText(QString());
        return;
    }
    const qint64 matches = m_filtered->matchCount();
    const qint64 current = m_filtered->mode() == FilteredModel::FindMode
                               ? m_filtered->matchNumberAt(m_rows->lineAt(m_view->currentRow()))
                               : 0;
    QString text = current > 0   ? tr("match %L1 of %L2").arg(current).arg(matches)
                   : matches == 1 ? tr("1 match")
                                  : tr("%L1 matches").arg(matches);
    if (m_filtered->isScanning())
        text += QStringLiteral(" … %1%").arg(std::max(0, m_filtered->progressPercent()));
    m_bar->setMatchText(text);
}

void LogTab::onModeChanged(bool find)
{
    const qint64 line = m_rows->lineAt(m_view->currentRow());
    m_filtered->setMode(find ? FilteredModel::FindMode : FilteredModel::FilterMode);
    updateOverview();
    if (line >= 0 && m_rows->rowCount() > 0)
        m_view->setCurrentRow(std::min(m_rows->rowForLine(line), m_rows->rowCount() - 1));
    updateMatchText();
}

void LogTab::focusFilter()
{
    m_bar->focusQuery();
}

void LogTab::stepMatch(bool forward)
{
    const qint64 current = m_rows->lineAt(m_view->currentRow());
    const qint64 line = m_filtered->nextMatchLine(current, forward);
    if (line < 0)
        return;
    m_view->setCurrentRow(m_rows->rowForLine(line));
    updateMatchText();
}

void LogTab::goToLine(qint64 line)
{
    const int row = rowForLine(line - 1);
    if (m_rows->rowCount() > 0)
        m_view->setCurrentRow(std::min(row, m_rows->rowCount() - 1));
}

QString LogTab::cellTerm(int row, int column) const
{
    const QString value = m_rows->index(row, column).data().toString();
    if (value.isEmpty())
        return {};
    switch (column) {
    case LogTableModel::LevelColumn:
        return QStringLiteral("level:") + value.toLower();
    case LogTableModel::SourceColumn:
        return QStringLiteral("source:") + quoted(value);
    default: {
        // A parsed field's column: its name and the value shown.
        const qsizetype field = column - LogTableModel::ColumnCount;
        const QStringList &fields = m_model->fieldColumns();
        return field >= 0 && field < fields.size() ? FilterBar::fieldTerm(fields[field], value) : QString();
    }
    }
}

void LogTab::filterOnCell(int row, int column, bool exclude)
{
    const QString term = cellTerm(row, column);
    if (!term.isEmpty())
        m_bar->addTerm(exclude ? QStringLiteral("NOT ") + term : term);
}

QMenu *LogTab::createContextMenu(int row, int column)
{
    auto *menu = new QMenu(this);
    const QString term = cellTerm(row, column);
    if (!term.isEmpty()) {
        menu->addAction(tr("Filter on %1").arg(term), this, [this, row, column] { filterOnCell(row, column, false); });
        menu->addAction(tr("Exclude %1").arg(term), this, [this, row, column] { filterOnCell(row, column, true); });
        menu->addSeparator();
    }
    QAction *copy = menu->addAction(tr("&Copy"), m_view, [this] { QGuiApplication::clipboard()->setText(m_view->selectedText()); });
    copy->setShortcut(QKeySequence::Copy);
    return menu;
}

bool LogTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::ContextMenu) {
        const auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        const int row = m_view->rowAt(menuEvent->pos().y());
        if (row < 0)
            return false;
        if (row < m_view->selectedRange().first || row > m_view->selectedRange().second)
            m_view->setCurrentRow(row);
        const int column = m_view->header()->logicalIndexAt(menuEvent->pos().x());
        QMenu *menu = createContextMenu(row, column);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(menuEvent->globalPos());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QString LogTab::formatName() const
{
    return m_file->format() ? m_file->format()->name() : QString();
}

void LogTab::setFormats(std::vector<LogFormatPtr> formats)
{
    m_formats = std::move(formats);
}

void LogTab::setFormatName(const QString &name)
{
    const auto named = std::find_if(m_formats.begin(), m_formats.end(),
                                    [&name](const LogFormatPtr &format) { return format->name() == name; });
    if (LogFormatPtr format = named != m_formats.end() ? *named : FormatRegistry::builtin(name))
        m_file->setFormat(std::move(format));
}

void LogTab::setUtc(bool utc)
{
    m_utc = utc;
    m_model->setUtc(utc);
    m_detail->setUtc(utc);
    if (m_timeline->isUtc() != utc)
        m_timeline->setUtc(utc);
}

std::expected<void, QString> LogTab::open(const QString &path)
{
    if (!m_formats.empty())
        m_file->setCandidateFormats(m_formats);
    return m_file->open(path);
}

std::expected<void, QString> LogTab::openStream(int fd, const QString &name)
{
    if (!m_formats.empty())
        m_file->setCandidateFormats(m_formats);
    return m_file->openStream(fd, name);
}

void LogTab::setEncodingName(const QString &name)
{
    const std::optional<TextEncoding> encoding = encodingFromName(name);
    if (!encoding || *encoding == m_file->encoding())
        return;
    if (auto reopened = m_file->reopen(*encoding); !reopened)
        Q_EMIT errorOccurred(reopened.error());
    Q_EMIT statusChanged();
}

QString LogTab::encodingName() const
{
    return ::encodingName(m_file->encoding());
}

void LogTab::setDetailVisible(bool visible)
{
    m_detail->setVisible(visible);
}

bool LogTab::isDetailVisible() const
{
    return m_detail->isVisible();
}

QString LogTab::path() const
{
    return m_file->path();
}

int LogTab::progressPercent() const
{
    if (m_file->isIndexing() && m_file->sizeBytes() > 0)
        return static_cast<int>(100 * m_file->indexedBytes() / m_file->sizeBytes());
    return m_filtered->progressPercent();
}

QString LogTab::statusText() const
{
    const QLocale locale;
    QString text = tr("%1 — %2 — %3 lines")
                       .arg(QFileInfo(path()).fileName(), locale.formattedDataSize(m_file->sizeBytes()),
                            locale.toString(m_file->lineCount()));
    if (!formatName().isEmpty())
        text += tr(" — format: %1").arg(formatName());
    if (m_file->encoding() != TextEncoding::Utf8)
        text += tr(" — encoding: %1").arg(encodingName());
    if (m_file->isStream())
        text += m_file->isReadingStream() ? tr(" — reading the stream") : tr(" — the stream has ended");
    if (m_model->isCapped())
        text += tr(" — only the first %1 lines can be shown").arg(locale.toString(m_model->rowLimit()));
    if (m_file->isIndexing())
        text += tr(" — indexing %1%").arg(progressPercent());
    else if (m_file->indexMs() >= 0)
        text += tr(" — indexed in %1 ms").arg(locale.toString(m_file->indexMs()));
    if (m_filtered->isScanning())
        text += tr(" — filtering %1%").arg(m_filtered->progressPercent());
    if (m_file->isFollowing())
        text += tr(" — following");
    return text;
}

void LogTab::setFollowing(bool follow)
{
    m_file->setFollowing(follow);
    m_badge->setCounting(m_file->isFollowing());
    Q_EMIT statusChanged();
}

bool LogTab::isFollowing() const
{
    return m_file->isFollowing();
}
