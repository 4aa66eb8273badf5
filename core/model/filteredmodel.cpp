// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filteredmodel.h"

#include "index/logfile.h"

#include <QSignalBlocker>

#include <limits>

namespace {
constexpr qint64 kMaxRows = std::numeric_limits<int>::max();
}

FilteredModel::FilteredModel(LogTableModel *source, LogFile *file, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
    , m_runner(file)
    , m_counter(file)
{
    connect(source, &QAbstractItemModel::rowsAboutToBeInserted, this, &FilteredModel::onSourceRowsAboutToBeInserted);
    connect(source, &QAbstractItemModel::rowsInserted, this, &FilteredModel::onSourceRowsInserted);
    connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &FilteredModel::beginResetModel);
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        if (!isIdentity()) {
            m_lines.clear();
            m_starts.clear();
            m_rows = 0;
        }
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
    connect(&m_counter, &FilterRunner::finished, this, &FilteredModel::statusChanged);
    setScanOptions({});
    // Counting waits for the index, so that it does not slow down the first rows.
    connect(file, &LogFile::indexingFinished, this, [this] {
        if (!m_counter.isActive())
            m_counter.start({});
    });
    if (!file->isIndexing() && file->format())
        m_counter.start({});
}

void FilteredModel::setScanOptions(const FilterOptions &options)
{
    FilterOptions matching = options;
    matching.collectStats = false;
    m_runner.setOptions(matching);
    FilterOptions counting = options;
    counting.collectStats = true;
    m_counter.setOptions(counting);
    if (m_counter.isActive())
        m_counter.start({});
}

void FilteredModel::setQuery(const Query &query)
{
    const bool rowsChange = m_mode == FilterMode && (hasQuery() || !query.isEmpty());
    if (rowsChange)
        beginResetModel();
    m_query = query;
    m_lines.clear();
    m_starts.clear();
    m_rows = 0;
    {
        const QSignalBlocker blocker(&m_runner); // its restarted(): handled here
        if (query.isEmpty())
            m_runner.stop();
        else
            m_runner.start(query);
    }
    if (rowsChange)
        endResetModel();
    else if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
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
    m_lines.clear();
    m_starts.clear();
    m_rows = 0;
    if (!isIdentity())
        endResetModel();
    else if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT statusChanged();
}

void FilteredModel::onChunk(const FilterChunk &chunk)
{
    if (chunk.matchCount() == 0)
        return;
    for (qsizetype i = 0; i < chunk.matchCount(); ++i) {
        const qint64 line = chunk.matchLine(i);
        m_starts.append(line);
        m_lines.append(line, chunk.matchLineCount(i));
    }
    if (!isIdentity()) {
        exposeRows();
    } else if (hasQuery()) {
        const int rows = rowCount();
        const auto first = static_cast<int>(std::min<qint64>(chunk.matchLine(0), rows));
        const auto last = static_cast<int>(std::min<qint64>(m_lines.last(), rows - 1));
        if (first <= last)
            Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1), {MatchRole, HighlightRole});
    }
    Q_EMIT statusChanged();
}

int FilteredModel::shownMatchRows() const
{
    const qint64 sourceRows = m_source ? m_source->rowCount() : 0;
    return static_cast<int>(std::min(m_lines.countBelow(sourceRows), kMaxRows));
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
    return isIdentity() ? row : m_lines.line(row);
}

int FilteredModel::rowForLine(qint64 line) const
{
    if (isIdentity())
        return static_cast<int>(std::clamp<qint64>(line, 0, rowCount()));
    return static_cast<int>(std::min<qint64>(m_lines.countBelow(line), m_rows));
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
    default:
        return m_source->index(static_cast<int>(line), index.column()).data(role);
    }
}

QVariant FilteredModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_source ? m_source->headerData(section, orientation, role) : QVariant();
}
