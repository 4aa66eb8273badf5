// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filter/timecounts.h"
#include "timeline/histogram.h"

#include <QObject>

class FilterRunner;
class FilteredModel;

/// The timeline's data for one tab: the records of the current filter,
/// counted by second and level over the whole file (TimeCounts), from which
/// histograms of any nice bucket size are built without reading the file
/// again (histogram()).
///
/// It runs no scan of its own: it merges the chunks of the FilteredModel's
/// scans (FilterChunk::timeline), the query's scan when there is a query,
/// else the scan of every record that counts the levels. So a query reads
/// the file once, for the table, the level counts and the chart. While the
/// file is followed those scans read only the appended bytes, so the last
/// buckets grow in place. Both scans' counts are kept: dropping the query
/// shows every record again at once.
///
/// Lives on the GUI thread with the FilteredModel (not owned; outlives it).
class TimelineModel : public QObject
{
    Q_OBJECT

public:
    explicit TimelineModel(const FilteredModel *filtered, QObject *parent = nullptr);

    /// True until the shown scan has counted the whole file (and while it
    /// reads appended bytes).
    bool isScanning() const;
    /// The shown counts, over the part of the file scanned so far.
    const TimeCounts &counts() const { return showsMatches() ? m_matches : m_all; }
    /// Buckets of @p bucketSeconds in @p zone over [@p from, @p to) (UTC
    /// seconds; from == to: all the records).
    Histogram histogram(qint64 bucketSeconds, const QTimeZone &zone, qint64 from = 0, qint64 to = 0) const;

Q_SIGNALS:
    /// counts() changed: grew, was cleared for a new scan, or now shows the other scan.
    void countsChanged();
    /// The shown scan ended: @p full, the whole file is counted now (a full
    /// scan, or the shown counts switched to a scan that has ended); else an
    /// incremental scan of appended bytes.
    void scanFinished(bool full);

private:
    /// Merges @p scan's chunks into @p counts; @p shownWithQuery: shown while there is a query.
    void follow(const FilterRunner &scan, TimeCounts &counts, bool &done, bool shownWithQuery);
    void onQueryScanStarted();
    bool showsMatches() const;

    const FilteredModel *m_filtered;
    TimeCounts m_all;     // the count scan: every record when there is no query
    TimeCounts m_matches; // the query's scan
    bool m_allDone = false;
    bool m_matchesDone = false;
};
