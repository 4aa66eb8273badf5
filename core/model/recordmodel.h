// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/filteredmodel.h"
#include "model/recordindex.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <set>
#include <vector>

/// The rows a tab's table shows: one per record, so a stack trace's
/// continuation lines fold into the record above them; an expanded record
/// shows its continuation lines as rows of their own below it.
///
/// Over FilteredModel (same columns; data() maps the row and asks it).
/// Where the records start: with a Filter-mode query, at the first line of
/// each match (FilteredModel already keeps whole records); else at the
/// records RecordIndex found, whose background scan the rows follow (a line
/// not scanned yet is not shown yet). With context records around the
/// matches (FilteredModel::setContext) every row stays a line. Nothing is stored per row: a row is
/// found from the record starts (binary searches) and the few expanded
/// records (a sorted list), so scrolling stays exact at any size.
///
/// Expanded records are remembered by their first file line, so they stay
/// expanded when the filter changes. Lives on the GUI thread; owns nothing.
class RecordModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RecordLinesRole = Qt::UserRole + 200, ///< qint64: lines in the row's record (1: single line)
        ExpandedRole,      ///< bool: the record's continuation lines are shown (setData() changes it)
        ContinuationRole,  ///< bool: the row is a continuation line of an expanded record
        RecordFirstLineRole, ///< qint64: 0-based file line where the row's record starts
        RecordLastLineRole,  ///< qint64: 0-based file line where the row's record (or continuation row) ends
        RecordTextRole,    ///< QString: the record's whole text, lines joined with '\n' (capped)
    };

    RecordModel(FilteredModel *source, RecordIndex *records, QObject *parent = nullptr);

    /// The 0-based file line shown in @p row, or -1.
    qint64 lineAt(int row) const;
    /// The row showing @p line: its record's row when the line is a folded
    /// continuation line; else the first row after it (rowCount() when none).
    int rowForLine(qint64 line) const;
    /// The row of the record that @p row belongs to (@p row itself unless a continuation row).
    int recordRow(int row) const;
    bool isExpanded(int row) const;
    /// Shows or hides the continuation lines of @p row's record (any of its rows).
    void setExpanded(int row, bool expanded);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Most lines RecordTextRole joins.
    static constexpr qint64 kMaxTextLines = 1000;

private:
    struct Open
    {
        qint64 group = 0;      // the expanded record's position among the records
        qint64 extra = 0;      // its continuation rows
        qint64 extraBefore = 0; // continuation rows of the expanded records before it
    };
    struct Place
    {
        qint64 group = 0;
        qint64 sub = 0; // 0: the record's first line
    };

    bool byMatches() const;
    bool byLines() const;
    qint64 exposedSourceRows() const;
    qint64 countGroups() const;
    qint64 groupFirstRow(qint64 group) const;
    qint64 groupRowCount(qint64 group) const;
    qint64 groupOfSourceRow(qint64 sourceRow) const;
    qint64 rowOfGroup(qint64 group) const;
    Place place(int row) const;
    int sourceRow(int row) const;
    /// m_groups, m_open and the row count from the source and m_expandedLines.
    qint64 rebuild();
    void refresh();
    void reset();
    QString recordText(qint64 group) const;
    QVariant continuationData(int recordSourceRow, int sourceRow, int column, int role) const;

    QPointer<FilteredModel> m_source;
    QPointer<RecordIndex> m_records;
    std::set<qint64> m_expandedLines; // first file lines of the expanded records
    std::vector<Open> m_open;         // by group
    qint64 m_groups = 0;
    int m_rows = 0;
};
