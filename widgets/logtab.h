// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "parse/logformat.h"

#include <expected>
#include <vector>

QT_BEGIN_NAMESPACE
class QMenu;
class QTimer;
QT_END_NAMESPACE

class ColumnController;
class DetailController;
class FilterBar;
class FilteredModel;
class LogFile;
class LogTableModel;
class LogView;
class NewLinesBadge;
class MatchOverview;
class RecordIndex;
class RecordModel;
class TimelineModel;
class TimelineWidget;

/// One open file: its LogFile, the table model over it, the filter bar, the
/// filtered model, the record rows the view shows (RecordModel: one row per
/// multi-line record, over the FilteredModel) and the view. Owns all of them; closing the
/// tab (deleting it) cancels indexing and filtering at once.
///
/// Above the table, in a splitter whose height is remembered, the timeline
/// shows the matching records over time; brushing it puts since:/until:
/// terms into the bar's query, clicking a bar shows its first record, the
/// legend toggles the bar's levels, and a band marks the rows on screen.
///
/// The tab is the filter bar's controller: it parses the bar's query (a
/// malformed one is shown in the bar and not run; the rows stay), runs it on
/// the FilteredModel, steps through matches and offers "Filter on" and
/// "Exclude" for a cell's value in the table's context menu.
class LogTab : public QWidget
{
    Q_OBJECT

public:
    explicit LogTab(QWidget *parent = nullptr);
    ~LogTab() override;

    /// Opens @p path and starts indexing; returns at once. The error says
    /// what went wrong and what to do.
    std::expected<void, QString> open(const QString &path);
    /// Reads the stream @p fd (e.g. standard input) as it arrives; @p name
    /// is shown as the tab's path.
    std::expected<void, QString> openStream(int fd, const QString &name);
    /// Reads the file again as encoding @p name (see encodingNames()).
    void setEncodingName(const QString &name);
    QString encodingName() const;

    /// Shows or hides the pane with the current record's full text and fields.
    void setDetailVisible(bool visible);
    bool isDetailVisible() const;

    QString path() const;
    /// A one-line summary for the status bar: size, lines, indexing and filtering progress.
    QString statusText() const;
    /// Indexing (else filtering) progress in percent, or -1 when neither runs.
    int progressPercent() const;

    LogFile *logFile() const { return m_file; }
    LogView *view() const { return m_view; }
    LogTableModel *model() const { return m_model; }
    FilteredModel *filteredModel() const { return m_filtered; }
    /// The rows the view shows: one per record (see RecordModel).
    RecordModel *recordModel() const { return m_rows; }
    /// Which lines start records (its background pass folds continuation lines).
    RecordIndex *recordIndex() const { return m_records; }
    /// The 0-based file line shown in view row @p row, or -1.
    qint64 lineAt(int row) const;
    /// The view row showing 0-based file line @p line, expanding its record
    /// when the line is a folded continuation line; else the first row after
    /// it (the row count when none).
    int rowForLine(qint64 line);
    FilterBar *filterBar() const { return m_bar; }
    /// The strip beside the table's scroll bar that shows where the matches are (Find mode).
    MatchOverview *matchOverview() const { return m_overview; }
    /// The timeline above the table, and the counts it draws.
    TimelineWidget *timeline() const { return m_timeline; }
    TimelineModel *timelineModel() const { return m_timelineModel; }
    ColumnController *columns() const { return m_columns; }

    /// The formats to detect from and to choose by name (View ▸ Format):
    /// the built-ins and the user's (see FormatRegistry). Default: the
    /// built-ins. Call before open().
    void setFormats(std::vector<LogFormatPtr> formats);
    /// Uses the format called @p name instead of the detected one.
    void setFormatName(const QString &name);
    /// The current format's name, empty until detected.
    QString formatName() const;

    /// Times in UTC instead of the local zone, in the table, the detail
    /// pane and the timeline alike. Starts as the "timeline/utc" setting.
    void setUtc(bool utc);
    bool isUtc() const { return m_utc; }

    void setFollowing(bool follow);
    bool isFollowing() const;

    /// Puts the cursor in the filter bar.
    void focusFilter();
    /// Makes the next (or previous) matching record current, wrapping around.
    void stepMatch(bool forward);
    /// Makes file line @p line (1-based) current, or the first shown row after it.
    void goToLine(qint64 line);
    /// The query term for the value in a cell ("level:error", "source:\"db\""),
    /// or empty when the cell offers none.
    QString cellTerm(int row, int column) const;
    /// Adds the cell's term (or NOT term) to the query and runs it.
    void filterOnCell(int row, int column, bool exclude);
    /// The table's context menu for a cell; the caller owns it.
    QMenu *createContextMenu(int row, int column);

    /// Progress reaches the status bar at most this often (statusChanged()).
    static constexpr int kStatusMs = 100;

Q_SIGNALS:
    /// The status text or progress changed (progress: at most every kStatusMs).
    void statusChanged();
    /// Reading the file failed; @p message is for the user.
    void errorOccurred(const QString &message);
    /// The user chose UTC or local time here (the timeline's menu); saved in
    /// the "timeline/utc" setting already. Other tabs should follow.
    void utcChanged(bool utc);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFormatChanged();
    void setUpColumns();
    void connectFilter();
    void applyQuery();
    void onFilterStatus();
    /// statusChanged() within kStatusMs, once for any number of calls.
    void statusChangedSoon();
    /// Says in the filter bar when a regex of the query gave up (Query::tooExpensiveError()).
    void showQueryCost();
    void updateMatchText();
    void onModeChanged(bool find);
    /// Shows the match overview in Find mode with a query.
    void updateOverview();
    void fitLineColumn();
    void connectTimeline();
    /// Marks on the timeline the span of the rows the table shows.
    void updateBand();
    void showLine(qint64 line);

    LogFile *m_file;
    LogTableModel *m_model;
    FilteredModel *m_filtered;
    RecordIndex *m_records;
    RecordModel *m_rows;
    FilterBar *m_bar;
    LogView *m_view;
    MatchOverview *m_overview;
    DetailController *m_detail;
    TimelineModel *m_timelineModel;
    TimelineWidget *m_timeline;
    QTimer *m_bandTimer;
    QTimer *m_statusTimer; // coalesces progress for statusChanged()
    NewLinesBadge *m_badge = nullptr; // "N new lines" over the view while following
    ColumnController *m_columns;
    QString m_runQuery; // the query text last run, with the level term
    std::vector<LogFormatPtr> m_formats; // empty: the built-ins
    bool m_utc = false;
};
