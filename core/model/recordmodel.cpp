// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordmodel.h"

#include "model/filteredmodel.h"
#include "model/logtablemodel.h"
#include "model/recordindex.h"

#include <algorithm>
#include <limits>

namespace {
constexpr qint64 kMaxRows = std::numeric_limits<int>::max();
}

RecordModel::RecordModel(FilteredModel *source, RecordIndex *records, QObject *parent)
    : QAbstractTableModel(parent)
    , m_source(source)
    , m_records(records)
{
    connect(source, &QAbstractItemModel::modelReset, this, &RecordModel::reset);
    connect(source, &QAbstractItemModel::rowsInserted, this, &RecordModel::refresh);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &RecordModel::reset);
    connect(source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (m_rows > 0)
                    Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1), roles);
            });
    connect(source, &QAbstractItemModel::columnsAboutToBeInserted, this,
            [this](const QModelIndex &, int first, int last) { beginInsertColumns({}, first, last); });
    connect(source, &QAbstractItemModel::columnsInserted, this, &RecordModel::endInsertColumns);
    connect(source, &QAbstractItemModel::columnsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { beginRemoveColumns({}, first, last); });
    connect(source, &QAbstractItemModel::columnsRemoved, this, &RecordModel::endRemoveColumns);
    connect(source, &QAbstractItemModel::headerDataChanged, this, &RecordModel::headerDataChanged);
    connect(records, &RecordIndex::recordsAdded, this, [this] {
        if (!byMatches())
            refresh();
    });
    connect(records, &RecordIndex::reset, this, [this] {
        if (!byMatches())
            reset();
    });
    m_rows = static_cast<int>(std::min(rebuild(), kMaxRows));
}

bool RecordModel::byMatches() const
{
    return m_source && m_source->mode() == FilteredModel::FilterMode && m_source->hasQuery();
}

bool RecordModel::byLines() const
{
    // Context records are not matches: the rows stay lines then.
    return byMatches() && m_source->context() > 0;
}

qint64 RecordModel::exposedSourceRows() const
{
    if (!m_source || !m_records)
        return 0;
    const qint64 rows = m_source->rowCount();
    return byMatches() ? rows : std::min(rows, m_records->scannedLines());
}

qint64 RecordModel::countGroups() const
{
    const qint64 rows = exposedSourceRows();
    if (rows == 0)
        return 0;
    if (byLines())
        return rows;
    if (byMatches())
        return m_source->matchNumberAt(m_source->lineAt(static_cast<int>(rows - 1)));
    return m_records->recordsBelow(rows);
}

qint64 RecordModel::groupFirstRow(qint64 group) const
{
    if (byLines())
        return group;
    if (!byMatches())
        return m_records->startLine(group);
    // The first source row whose match number is above group (rows are in match order).
    qint64 low = 0;
    qint64 high = exposedSourceRows();
    while (low < high) {
        const qint64 mid = low + (high - low) / 2;
        if (groupOfSourceRow(mid) < group)
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}

qint64 RecordModel::groupRowCount(qint64 group) const
{
    const qint64 end = group + 1 < m_groups ? groupFirstRow(group + 1) : exposedSourceRows();
    return std::max<qint64>(1, end - groupFirstRow(group));
}

qint64 RecordModel::groupOfSourceRow(qint64 sourceRow) const
{
    if (byLines())
        return sourceRow;
    if (!byMatches())
        return m_records->recordOf(sourceRow);
    return m_source->matchNumberAt(m_source->lineAt(static_cast<int>(sourceRow))) - 1;
}

qint64 RecordModel::rebuild()
{
    m_groups = countGroups();
    m_open.clear();
    qint64 extraRows = 0;
    const qint64 exposed = exposedSourceRows();
    for (const qint64 line : m_expandedLines) {
        const qint64 row = byMatches() ? m_source->rowForLine(line) : line;
        if (row >= exposed || m_source->lineAt(static_cast<int>(row)) != line)
            continue;
        const qint64 group = groupOfSourceRow(row);
        if (group < 0 || group >= m_groups || groupFirstRow(group) != row)
            continue;
        const qint64 extra = groupRowCount(group) - 1;
        if (extra <= 0)
            continue;
        m_open.push_back({group, extra, extraRows});
        extraRows += extra;
    }
    return m_groups + extraRows;
}

void RecordModel::refresh()
{
    const int before = m_rows;
    const auto after = static_cast<int>(std::min(rebuild(), kMaxRows));
    if (after < before) {
        reset();
        return;
    }
    if (before > 0) // the last record may have grown
        Q_EMIT dataChanged(index(recordRow(before - 1), 0), index(before - 1, columnCount() - 1));
    if (after == before)
        return;
    beginInsertRows({}, before, after - 1);
    m_rows = after;
    endInsertRows();
}

void RecordModel::reset()
{
    beginResetModel();
    m_rows = static_cast<int>(std::min(rebuild(), kMaxRows));
    endResetModel();
}

qint64 RecordModel::rowOfGroup(qint64 group) const
{
    const auto after = std::lower_bound(m_open.begin(), m_open.end(), group,
                                        [](const Open &open, qint64 g) { return open.group < g; });
    if (after == m_open.begin())
        return group;
    const Open &previous = *std::prev(after);
    return group + previous.extraBefore + previous.extra;
}

RecordModel::Place RecordModel::place(int row) const
{
    // The last expanded record whose row is at or above row.
    const auto after = std::upper_bound(m_open.begin(), m_open.end(), qint64{row},
                                        [](qint64 r, const Open &open) { return r < open.group + open.extraBefore; });
    if (after == m_open.begin())
        return {row, 0};
    const Open &open = *std::prev(after);
    const qint64 openRow = open.group + open.extraBefore;
    if (row <= openRow + open.extra)
        return {open.group, row - openRow};
    return {open.group + (row - openRow - open.extra), 0};
}

int RecordModel::sourceRow(int row) const
{
    const Place at = place(row);
    return static_cast<int>(groupFirstRow(at.group) + at.sub);
}

qint64 RecordModel::lineAt(int row) const
{
    if (row < 0 || row >= m_rows || !m_source)
        return -1;
    return m_source->lineAt(sourceRow(row));
}

int RecordModel::rowForLine(qint64 line) const
{
    if (!m_source || m_rows == 0)
        return m_rows;
    const int source = m_source->rowForLine(line);
    if (source >= exposedSourceRows())
        return m_rows;
    const qint64 group = groupOfSourceRow(source);
    const qint64 sub = source - groupFirstRow(group);
    const qint64 groupRow = rowOfGroup(group);
    const bool open = std::binary_search(m_open.begin(), m_open.end(), Open{group, 0, 0},
                                         [](const Open &a, const Open &b) { return a.group < b.group; });
    return static_cast<int>(std::min<qint64>(open ? groupRow + sub : groupRow, m_rows - 1));
}

int RecordModel::recordRow(int row) const
{
    if (row < 0 || row >= m_rows)
        return -1;
    return static_cast<int>(rowOfGroup(place(row).group));
}

bool RecordModel::isExpanded(int row) const
{
    return row >= 0 && row < m_rows && m_expandedLines.contains(lineAt(recordRow(row)));
}

void RecordModel::setExpanded(int row, bool expanded)
{
    if (row < 0 || row >= m_rows || isExpanded(row) == expanded)
        return;
    const int first = recordRow(row);
    const qint64 group = place(first).group;
    const qint64 extra = groupRowCount(group) - 1;
    if (expanded && extra <= 0)
        return;
    if (expanded)
        m_expandedLines.insert(lineAt(first));
    else
        m_expandedLines.erase(lineAt(first));
    if (extra > 0 && expanded) {
        beginInsertRows({}, first + 1, first + static_cast<int>(extra));
        m_rows = static_cast<int>(std::min(rebuild(), kMaxRows));
        endInsertRows();
    } else if (extra > 0) {
        beginRemoveRows({}, first + 1, first + static_cast<int>(extra));
        m_rows = static_cast<int>(std::min(rebuild(), kMaxRows));
        endRemoveRows();
    }
    Q_EMIT dataChanged(index(first, 0), index(first, columnCount() - 1), {ExpandedRole});
}

int RecordModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RecordModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_source ? 0 : m_source->columnCount();
}

QString RecordModel::recordText(qint64 group) const
{
    const qint64 first = groupFirstRow(group);
    const qint64 count = std::min(groupRowCount(group), kMaxTextLines);
    QStringList lines;
    for (qint64 row = first; row < first + count; ++row)
        lines << m_source->index(static_cast<int>(row), 0).data(LogTableModel::RawTextRole).toString();
    return lines.join(u'\n');
}

QVariant RecordModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_source)
        return {};
    const Place at = place(index.row());
    const qint64 first = groupFirstRow(at.group);
    switch (role) {
    case RecordLinesRole:
        return groupRowCount(at.group);
    case ExpandedRole:
        return m_expandedLines.contains(m_source->lineAt(static_cast<int>(first)));
    case ContinuationRole:
        return at.sub > 0;
    case RecordFirstLineRole:
        return m_source->lineAt(static_cast<int>(first));
    case RecordLastLineRole: {
        const qint64 last = at.sub > 0 || isExpanded(index.row()) ? first + at.sub : first + groupRowCount(at.group) - 1;
        return m_source->lineAt(static_cast<int>(last));
    }
    case RecordTextRole:
        return recordText(at.group);
    default:
        break;
    }
    if (at.sub > 0)
        return continuationData(static_cast<int>(first), static_cast<int>(first + at.sub), index.column(), role);
    return m_source->index(static_cast<int>(first), index.column()).data(role);
}

QVariant RecordModel::continuationData(int recordSourceRow, int sourceRow, int column, int role) const
{
    // A continuation line is the record's text, not a record of its own: no
    // time, level or source of its own (another format might misread it).
    switch (role) {
    case Qt::DisplayRole:
        if (column == LogTableModel::LineColumn)
            break;
        if (column == LogTableModel::MessageColumn)
            return m_source->index(sourceRow, 0).data(LogTableModel::RawTextRole);
        return QString();
    case LogTableModel::LevelRole:
    case LogTableModel::TimeRole:
        return m_source->index(recordSourceRow, column).data(role);
    case LogTableModel::FieldNamesRole:
        return QStringList();
    default:
        break;
    }
    return m_source->index(sourceRow, column).data(role);
}

bool RecordModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != ExpandedRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    setExpanded(index.row(), value.toBool());
    return true;
}

QVariant RecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_source ? m_source->headerData(section, orientation, role) : QVariant();
}
