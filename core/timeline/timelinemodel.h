// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filter/timecounts.h"
#include "model/filterrunner.h"
#include "timeline/histogram.h"

#include <QObject>

class LogFile;

/// The timeline's data for one LogFile: the records that match a query,
/// counted by second and level over the whole file (TimeCounts), from which
/// histograms of any nice bucket size are built without reading the file
/// again (histogram()).
///
/// setQuery() starts a scan (runFilter with FilterOptions::collectTimeline)
/// on worker threads and returns at once; the counts grow chunk by chunk
/// (countsChanged()). While the file is followed only the appended bytes
/// are scanned and merged in, so the last buckets grow in place. A scan
/// waits until the file is indexed, so that it does not delay the first
/// rows. Lives on the GUI thread with its LogFile (not owned); the
/// destructor cancels a running scan and returns at once.
class TimelineModel : public QObject
{
    Q_OBJECT

public:
    explicit TimelineModel(LogFile *file, QObject *parent = nullptr);

    /// Counts the records that match @p query (empty: every record).
    void setQuery(const Query &query);
    bool isScanning() const { return m_runner.isScanning(); }
    /// Counts over the part of the file scanned so far.
    const TimeCounts &counts() const { return m_counts; }
    /// Buckets of @p bucketSeconds in @p zone over [@p from, @p to) (UTC
    /// seconds; from == to: all the records).
    Histogram histogram(qint64 bucketSeconds, const QTimeZone &zone, qint64 from = 0, qint64 to = 0) const;

    /// How scans split their work (tests use tiny chunks).
    void setScanOptions(const FilterOptions &options);

Q_SIGNALS:
    /// counts() changed: grew, or was cleared for a new scan.
    void countsChanged();
    /// A scan (full or incremental) ended.
    void scanFinished();

private:
    void onChunk(const FilterChunk &chunk);
    void startWhenIndexed();

    LogFile *m_file;
    FilterRunner m_runner;
    Query m_query;
    TimeCounts m_counts;
    bool m_pending = false; // a query waits for the index
};
