// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/filterrunner.h"
#include "model/logtablemodel.h"
#include "model/rowset.h"

#include <QAbstractTableModel>
#include <QPointer>

class LogFile;

/// The table a tab shows: LogTableModel's rows, all of them or only those
/// of the records that match a query, with the same columns and roles
/// (data() maps the row and asks LogTableModel).
///
/// setQuery() starts a scan on worker threads (FilterRunner) and returns at
/// once; matching lines (each match's first line and its continuation
/// lines) are kept in a RowSet, 4 bytes per line, and appear in batches, one
/// beginInsertRows() per chunk, as far as LogTableModel has the lines. While
/// the file grows only the appended bytes are scanned.
///
/// Modes: Filter shows the matching rows only; Find shows every row and
/// marks the matching ones (MatchRole). With no query both show every row.
/// A second scan with the empty query, started once the file is indexed,
/// counts the records per level (levelCounts()), independent of the query.
///
/// Lives on the GUI thread with its source model and LogFile (not owned).
class FilteredModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Mode { FilterMode, FindMode };
    enum Role {
        MatchRole = LogTableModel::LastRole + 1, ///< bool: a matching row to mark (Find mode only)
        HighlightRole, ///< QList<std::pair<qsizetype, qsizetype>>: matched (start, length) in the cell's text
        SourceLineRole, ///< qint64: the row's 0-based line in the file
    };

    FilteredModel(LogTableModel *source, LogFile *file, QObject *parent = nullptr);

    /// Runs @p query; an empty one shows every row. Starts at once, in the background.
    void setQuery(const Query &query);
    const Query &query() const { return m_query; }
    /// True when a non-empty query is set.
    bool hasQuery() const { return !m_query.isEmpty(); }
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    /// True while the query's scan runs.
    bool isScanning() const { return m_runner.isScanning(); }
    /// The query scan's progress in percent, or -1 when it is not running.
    int progressPercent() const { return m_runner.progressPercent(); }
    /// Matching records found so far.
    qint64 matchCount() const { return m_starts.size(); }
    /// Records per level in the scanned part of the file (for any query).
    const FilterStats &levelCounts() const { return m_counter.stats(); }

    /// The 0-based file line shown in @p row, or -1.
    qint64 lineAt(int row) const;
    /// The row showing @p line, else the first row after it (rowCount() when none).
    int rowForLine(qint64 line) const;
    /// The first line of the next (or previous) matching record after (or
    /// before) @p line, wrapping around; -1 when there is no shown match.
    qint64 nextMatchLine(qint64 line, bool forward) const;
    /// The 1-based number of the match whose record holds @p line, or 0.
    qint64 matchNumberAt(qint64 line) const;

    /// How scans split their work (tests use tiny chunks).
    void setScanOptions(const FilterOptions &options);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// matchCount(), progress or the level counts changed.
    void statusChanged();
    /// The query's scan ended.
    void scanFinished();
    void errorOccurred(const QString &message);

private:
    bool isIdentity() const { return m_mode == FindMode || !hasQuery(); }
    /// Lines of the row set that LogTableModel can show.
    int shownMatchRows() const;
    void onChunk(const FilterChunk &chunk);
    void onRestarted();
    void exposeRows();
    void onSourceRowsAboutToBeInserted(const QModelIndex &parent, int first, int last);
    void onSourceRowsInserted();
    void onSourceDataChanged();
    bool isMatchLine(qint64 line) const;
    QVariant highlights(const QModelIndex &index) const;

    QPointer<LogTableModel> m_source;
    FilterRunner m_runner;  // the query's matches
    FilterRunner m_counter; // the empty query, for the level counts
    Query m_query;
    RowSet m_lines;  // every line of the matching records
    RowSet m_starts; // the first line of each matching record
    Mode m_mode = FilterMode;
    int m_rows = 0; // rows announced in Filter mode with a query
};
