// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filteredmodel.h"

#include "index/logfile.h"

#include <QSignalBlocker>

#include <limits>

namespace {
constexpr qint64 kMaxRows = std::numeric_limits<int>::max();

/// Adds the matches counted in @p timeline to @p stats, per level.
void countMatchLevels(FilterStats &stats, const TimeCounts &timeline)
{
    for (const TimeSlot &slot : timeline.slots()) {
        for (std::size_t level = 0; level < slot.counts.size(); ++level)
            stats.levels[level] += slot.counts[level];
    }
    for (std::size_t level = 0; level < stats.levels.size(); ++level)
        stats.levels[level] += timeline.untimed()[level];
    stats.records += timeline.timedTotal() + timeline.untimedTotal();
}
} // namespace

FilteredModel::FilteredModel(LogTableModel *source, LogFile *file, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
    , m_file(file)
    , m_runner(file)
    , m_counter(file)
    , m_levelScan(file)
{
    connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this, &FilteredModel::onSourceRowsAboutToBeInserted);
    connect(source, &QAbstractItemModel::rowsInserted, this, &FilteredModel::onSourceRowsInserted);
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &FilteredModel::beginResetModel);
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        if (!isIdentity())
            clearRows();
        endResetModel();
    });
    connect(source, &QAbstractItemModel::dataChanged, this, &FilteredModel::onSourceDataChanged);
    connect(source, &QAbstractItemModel::columnsAboutToBeInserted, this,
            [this](const QModelIndex &, int first, int last) { beginInsertColumns({}, first, last); });
    connect(source, &QAbstractItemModel::columnsInserted, this, &FilteredModel::endInsertColumns);
    connect(source, &QAbstractItemModel::columnsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { beginRemoveColumns({}, first, last); });
    connect(source, &QAbstractItemModel::columnsRemoved, this, &FilteredModel::endRemoveColumns);
    connect(&m_runner, &FilterRunner::chunkArrived, this, &FilteredModel::onChunk);
    connect(&m_runner, &FilterRunner::restarted, this, &FilteredModel::onRestarted);
    connect(&m_runner, &FilterRunner::progressChanged, this, &FilteredModel::statusChanged);
    connect(&m_runner, &FilterRunner::finished, this, &FilteredModel::scanFinished);
    connect(&m_runner, &FilterRunner::errorOccurred, this, &FilteredModel::errorOccurred);
    connect(&m_counter, &FilterRunner::progressChanged, this, [this] {
        if (m_countSource == CountSource::AllRecords)
            Q_EMIT statusChanged();
    });
    connect(&m_counter, &FilterRunner::finished, this, &FilteredModel::statusChanged);
    connect(&m_levelScan, &FilterRunner::chunkArrived, this, &FilteredModel::onLevelScanChunk);
    connect(&m_levelScan, &FilterRunner::restarted, this, [this] { m_levelCounts = {}; });
    connect(&m_levelScan, &FilterRunner::finished, this, &FilteredModel::statusChanged);
    setScanOptions({});
    // Counting every record starts at once (it waits for the format): the
    // first rows do not wait for it (RecordIndex classifies the first lines
    // itself), and RecordIndex reads the same scan's record starts.
    m_counter.start({});
}

void FilteredModel::setScanOptions(const FilterOptions &options)
{
    m_options = options;
    FilterOptions counting = options;
    counting.collectStats = true;
    counting.collectTimeline = true; // the timeline of every record
    counting.collectMatches = false; // every record matches: nothing to keep
    counting.allRecordStarts = true; // RecordIndex reads them
    m_counter.setOptions(counting);
    if (m_counter.isActive())
        m_counter.start({});
    FilterOptions levels = options;
    levels.collectStats = false;
    levels.collectTimeline = true; // the matches per level
    levels.collectMatches = false;
    levels.allRecordStarts = false;
    m_levelScan.setOptions(levels);
    if (m_levelScan.isActive())
        m_levelScan.start(m_countQuery);
}

void FilteredModel::startCounting(const Query &countQuery)
{
    const QString text = countQuery.toString();
    const CountSource source = countQuery.isEmpty()          ? CountSource::AllRecords
                               : text == m_query.toString() ? CountSource::QueryScan
                                                            : CountSource::LevelScan;
    // Toggling levels keeps the count query: its counts stay.
    const bool unchanged = source == CountSource::LevelScan && m_countSource == source && m_levelScan.isActive()
                           && text == m_countQuery.toString();
    m_countQuery = countQuery;
    m_countSource = source;
    if (unchanged)
        return;
    m_levelCounts = {};
    if (source == CountSource::LevelScan)
        m_levelScan.start(countQuery);
    else
        m_levelScan.stop();
}

const FilterStats &FilteredModel::levelCounts() const
{
    return m_countSource == CountSource::AllRecords ? m_counter.stats() : m_levelCounts;
}

bool FilteredModel::isCounting() const
{
    switch (m_countSource) {
    case CountSource::AllRecords:
        // The scan waits for the format before it starts.
        return !m_counter.isActive() || m_counter.isScanning() || !m_file || !m_file->format();
    case CountSource::QueryScan:
        return m_runner.isScanning();
    case CountSource::LevelScan:
        return m_levelScan.isScanning();
    }
    return false;
}

void FilteredModel::clearRows()
{
    m_lines.clear();
    m_starts.clear();
    m_context.reset(m_context.records());
    m_rows = 0;
}

void FilteredModel::startScan()
{
    FilterOptions matching = m_options;
    matching.collectStats = false;
    matching.collectTimeline = true; // the timeline; the level counts with CountSource::QueryScan
    matching.allRecordStarts = m_context.records() > 0; // context rows read every record start
    m_runner.setOptions(matching);
    const QSignalBlocker blocker(&m_runner); // its restarted(): handled by the caller
    if (m_query.isEmpty())
        m_runner.stop();
    else
        m_runner.start(m_query);
    Q_EMIT queryScanStarted();
}

void FilteredModel::setQuery(const Query &query, const std::optional<Query> &countQuery)
{
    const bool rowsChange = m_mode == FilterMode && (hasQuery() || !query.isEmpty());
    if (rowsChange)
        beginResetModel();
    m_query = query;
    clearRows();
    startCounting(countQuery.value_or(query));
    startScan();
    if (rowsChange)
        endResetModel();
    else if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT statusChanged();
}

void FilteredModel::setContext(int records)
{
    records = std::max(0, records);
    if (records == m_context.records())
        return;
    if (!hasQuery()) {
        m_context.reset(records);
        return;
    }
    if (!isIdentity())
        beginResetModel();
    m_context.reset(records);
    clearRows();
    if (m_countSource == CountSource::QueryScan)
        m_levelCounts = {};
    startScan();
    if (!isIdentity())
        endResetModel();
    Q_EMIT statusChanged();
}

void FilteredModel::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    beginResetModel();
    m_mode = mode;
    m_rows = isIdentity() ? 0 : shownMatchRows();
    endResetModel();
    Q_EMIT statusChanged();
}

void FilteredModel::onRestarted()
{
    if (!isIdentity())
        beginResetModel();
    clearRows();
    if (m_countSource == CountSource::QueryScan)
        m_levelCounts = {};
    if (!isIdentity())
        endResetModel();
    else if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT statusChanged();
}

void FilteredModel::onLevelScanChunk(const FilterChunk &chunk)
{
    countMatchLevels(m_levelCounts, chunk.timeline);
    Q_EMIT statusChanged();
}

void FilteredModel::onChunk(const FilterChunk &chunk)
{
    if (m_countSource == CountSource::QueryScan)
        countMatchLevels(m_levelCounts, chunk.timeline);
    if (usesContext())
        m_context.add(chunk); // pending context may grow without a match
    if (chunk.matchCount() == 0 && !usesContext())
        return; // the runner's progressChanged() reports the counts
    for (qsizetype i = 0; i < chunk.matchCount(); ++i) {
        const qint64 line = chunk.matchLine(i);
        m_starts.append(line);
        m_lines.append(line, chunk.matchLineCount(i));
    }
    if (!isIdentity()) {
        exposeRows();
    } else if (hasQuery() && chunk.matchCount() > 0) {
        const int rows = rowCount();
        const auto first = static_cast<int>(std::min<qint64>(chunk.matchLine(0), rows));
        const auto last = static_cast<int>(std::min<qint64>(m_lines.last(), rows - 1));
        if (first <= last)
            Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1), {MatchRole, HighlightRole});
    }
    Q_EMIT statusChanged();
}

qint64 FilteredModel::shownBelow(qint64 line) const
{
    return usesContext() ? m_context.lines().countBelow(line) : m_lines.countBelow(line);
}

int FilteredModel::shownMatchRows() const
{
    const qint64 sourceRows = m_source ? m_source->rowCount() : 0;
    return static_cast<int>(std::min(shownBelow(sourceRows), kMaxRows));
}

void FilteredModel::exposeRows()
{
    const int rows = shownMatchRows();
    if (rows <= m_rows)
        return;
    beginInsertRows({}, m_rows, rows - 1);
    m_rows = rows;
    endInsertRows();
}

void FilteredModel::onSourceRowsAboutToBeInserted(const QModelIndex &parent, int first, int last)
{
    if (isIdentity())
        beginInsertRows(parent, first, last);
}

void FilteredModel::onSourceRowsInserted()
{
    if (isIdentity())
        endInsertRows();
    else
        exposeRows();
}

void FilteredModel::onSourceDataChanged()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int FilteredModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_source)
        return 0;
    return isIdentity() ? m_source->rowCount() : m_rows;
}

int FilteredModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

qint64 FilteredModel::lineAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    if (isIdentity())
        return row;
    return usesContext() ? m_context.lines().line(row) : m_lines.line(row);
}

int FilteredModel::rowForLine(qint64 line) const
{
    if (isIdentity())
        return static_cast<int>(std::clamp<qint64>(line, 0, rowCount()));
    return static_cast<int>(std::min<qint64>(shownBelow(line), m_rows));
}

bool FilteredModel::isMatchLine(qint64 line) const
{
    return hasQuery() && m_lines.contains(line);
}

qint64 FilteredModel::nextMatchLine(qint64 line, bool forward) const
{
    const qint64 shown = m_source ? m_starts.countBelow(m_source->rowCount()) : 0;
    if (!hasQuery() || shown == 0)
        return -1;
    qint64 i = forward ? m_starts.countBelow(line + 1) : m_starts.countBelow(line) - 1;
    if (forward && i >= shown)
        i = 0;
    else if (!forward && (i < 0 || i >= shown))
        i = shown - 1;
    return m_starts.line(i);
}

qint64 FilteredModel::matchNumberAt(qint64 line) const
{
    return isMatchLine(line) ? m_starts.countBelow(line + 1) : 0;
}

QVariant FilteredModel::highlights(const QModelIndex &index) const
{
    const int column = index.column();
    if (column != LogTableModel::SourceColumn && column != LogTableModel::MessageColumn)
        return {};
    const qint64 line = lineAt(index.row());
    if (!isMatchLine(line))
        return {};
    const QString text = m_source->index(static_cast<int>(line), column).data().toString();
    const auto ranges = m_query.highlights(text);
    return ranges.isEmpty() ? QVariant() : QVariant::fromValue(ranges);
}

QVariant FilteredModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_source)
        return {};
    const qint64 line = lineAt(index.row());
    if (line < 0)
        return {};
    switch (role) {
    case MatchRole:
        return m_mode == FindMode && isMatchLine(line);
    case HighlightRole:
        return highlights(index);
    case SourceLineRole:
        return line;
    case ContextRole:
        return !isIdentity() && usesContext() && !m_lines.contains(line);
    default:
        return m_source->index(static_cast<int>(line), index.column()).data(role);
    }
}

QVariant FilteredModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_source ? m_source->headerData(section, orientation, role) : QVariant();
}
