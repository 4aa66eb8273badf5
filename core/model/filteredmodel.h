// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/contextlines.h"
#include "model/filterrunner.h"
#include "model/linebitmap.h"
#include "model/logtablemodel.h"
#include "model/rowset.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <optional>

class LogFile;

/// The table a tab shows: LogTableModel's rows, all of them or only those
/// of the records that match a query, with the same columns and roles
/// (data() maps the row and asks LogTableModel).
///
/// setQuery() starts a scan on worker threads (FilterRunner) and returns at
/// once; matching lines (each match's first line and its continuation
/// lines) are kept in a LineBitmap (a bit per line of the file up to the
/// last match) and each match's first line in a RowSet (4 bytes per match),
/// so a result costs about a bit per line plus 4 bytes per match (see
/// resultMemoryBytes()); rows appear in batches, one
/// beginInsertRows() per chunk, as far as LogTableModel has the lines. While
/// the file grows only the appended bytes are scanned.
///
/// Modes: Filter shows the matching rows only; Find shows every row and
/// marks the matching ones (MatchRole). With no query both show every row.
/// With setContext(N), Filter mode also shows the N records before and
/// after each match (ContextRole marks them), kept in a ContextLines
/// bitmap: one more bit per line.
///
/// A second scan counts every record by level and time (countScan()); it
/// starts at once, next to the line index (a tab's RecordIndex reads its
/// record starts too, so the file is read once for both). levelCounts() counts the records per level that match the
/// count query (the query without the level toggles' term, see
/// setQuery()): from that scan when the count query is empty, from the
/// query's own scan when the two are the same, else from a third scan.
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
        ContextRole, ///< bool: a context row around a match, not a match (Filter mode with context)
    };

    FilteredModel(LogTableModel *source, LogFile *file, QObject *parent = nullptr);

    /// Runs @p query; an empty one shows every row. Starts at once, in the
    /// background. levelCounts() count the records matching @p countQuery
    /// (the query without the level toggles), by default @p query itself.
    void setQuery(const Query &query, const std::optional<Query> &countQuery = std::nullopt);
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
    /// Heap bytes the query's result holds (the matches and their lines).
    qint64 resultMemoryBytes() const { return m_starts.memoryBytes() + m_lines.memoryBytes(); }
    /// Records per level matching the count query in the scanned part of
    /// the file (records is their total; the times are not kept).
    const FilterStats &levelCounts() const;
    /// True while the level counts are still growing.
    bool isCounting() const;

    /// Shows @p records records of context before and after each match in
    /// Filter mode (0: none); a change rescans the query.
    void setContext(int records);
    int context() const { return m_context.records(); }
    /// The first line of each match so far (a sorted set, 4 bytes per match).
    const RowSet &matchStarts() const { return m_starts; }

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
    /// The scans, for views that read their chunks too (TimelineModel):
    /// the query's (active only with a query) and every record's. Both
    /// count their records by time and level (FilterChunk::timeline).
    const FilterRunner &queryScan() const { return m_runner; }
    const FilterRunner &countScan() const { return m_counter; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// matchCount(), progress or the level counts changed.
    void statusChanged();
    /// The query's scan ended.
    void scanFinished();
    /// queryScan() started over, or stopped for the empty query, without
    /// emitting its restarted(): drop what its earlier chunks said.
    void queryScanStarted();
    void errorOccurred(const QString &message);

private:
    bool isIdentity() const { return m_mode == FindMode || !hasQuery(); }
    /// Lines of the row set that LogTableModel can show.
    int shownMatchRows() const;
    void onChunk(const FilterChunk &chunk);
    void onLevelScanChunk(const FilterChunk &chunk);
    void onRestarted();
    void clearRows();
    /// (Re)starts the query's scan; its restarted() is left to the caller.
    void startScan();
    void startCounting(const Query &countQuery);
    /// Rows of the filtered view below file line @p line.
    qint64 shownBelow(qint64 line) const;
    bool usesContext() const { return m_context.records() > 0; }
    void exposeRows();
    void onSourceRowsAboutToBeInserted(const QModelIndex &parent, int first, int last);
    void onSourceRowsInserted();
    void onSourceDataChanged();
    bool isMatchLine(qint64 line) const;
    QVariant highlights(const QModelIndex &index) const;

    QPointer<LogTableModel> m_source;
    QPointer<LogFile> m_file;
    FilterRunner m_runner;  // the query's matches
    FilterRunner m_counter; // every record: the level counts without a query, the timeline
    FilterRunner m_levelScan; // the count query, when it is neither empty nor the query
    FilterOptions m_options;
    Query m_query;
    Query m_countQuery;
    /// Which scan counts the levels: the count query is empty, the query, or another query.
    enum class CountSource { AllRecords, QueryScan, LevelScan };
    CountSource m_countSource = CountSource::AllRecords;
    FilterStats m_levelCounts; // with QueryScan or LevelScan
    LineBitmap m_lines; // every line of the matching records
    RowSet m_starts; // the first line of each matching record
    ContextLines m_context; // the matching records and their context, with context only
    Mode m_mode = FilterMode;
    int m_rows = 0; // rows announced in Filter mode with a query
};
