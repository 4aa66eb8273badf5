// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filter/filterengine.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class LogFile;
struct FilterRunJob;

/// Runs the filter engine (runFilter) over a LogFile for the GUI.
///
/// start() cancels the running scan and starts a full one on a worker
/// thread, then returns at once; the chunks arrive on this object's thread in
/// file order (chunkArrived). Afterwards, while the file grows
/// (LogFile::linesAdded), only the appended bytes are scanned: with
/// FilterOptions::atEnd false while the file is followed, so a record that
/// may still grow waits for the next scan; when the file then stays the same
/// for kSettleMs, that last record is taken as whole and scanned too (the
/// alert rules judge a quiet tail the same way). A reset or a new format of
/// the file restarts the full scan (restarted()).
///
/// With FilterOptions::collectStats, stats() sums the chunks' FilterStats
/// (all records of the scanned part, whatever the query).
///
/// Lives on the GUI thread with its LogFile. The destructor cancels a running
/// scan and returns at once: the worker owns its file descriptor and copies
/// of what it reads, and posts nothing once the runner is gone.
class FilterRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSettleMs = 1000;

    explicit FilterRunner(LogFile *file, QObject *parent = nullptr);
    ~FilterRunner() override;

    /// Scans the whole file for @p query (the empty query matches every record).
    /// Waits for the file's format when it is not known yet.
    void start(const Query &query);
    /// Cancels the running scan and forgets the query; no more chunks arrive.
    void stop();

    bool isActive() const { return m_active; }
    bool isScanning() const { return m_job != nullptr; }
    const Query &query() const { return m_query; }
    /// Bytes of the file scanned so far, and the end of the current scan.
    qint64 scannedBytes() const { return m_scanned; }
    qint64 targetBytes() const { return m_target; }
    /// Scan progress in percent, or -1 when no scan runs.
    int progressPercent() const;
    /// Records per level over the scanned part of the file (collectStats only).
    const FilterStats &stats() const { return m_stats; }

    /// How scans split their work (tests use tiny chunks) and what they
    /// collect; atEnd is ignored (see above). Takes effect at the next start().
    void setOptions(const FilterOptions &options) { m_options = options; }

Q_SIGNALS:
    /// A full scan (re)started: drop what earlier chunks said.
    void restarted();
    /// The next chunk, in file order.
    void chunkArrived(const FilterChunk &chunk);
    void progressChanged();
    /// A scan (full or incremental) ended; more may follow as the file grows.
    void finished();
    void errorOccurred(const QString &message);

private:
    void launch(qint64 from, qint64 firstLine, bool atEnd);
    void extend();
    /// Scans the record held back at the end of a followed file that stayed the same.
    void settleTail();
    void restart();
    void onChunk(const FilterChunk &chunk);
    void onFinished(const FilterSummary &summary, qint64 to, const QString &error);
    void cancelJob();

    QPointer<LogFile> m_file;
    FilterOptions m_options;
    std::shared_ptr<FilterRunJob> m_job;
    Query m_query;
    FilterStats m_stats;
    bool m_active = false;
    qint64 m_endByte = 0; // where the next incremental scan starts
    qint64 m_endLine = 0;
    qint64 m_doneTo = 0;  // the end of the data the last finished scan saw
    qint64 m_scanFrom = 0;
    qint64 m_scanned = 0;
    qint64 m_target = 0;
    QTimer m_settle; // a held-back last record, once the file stays the same
};
