// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/filterrunner.h"
#include "model/rowset.h"

#include <QObject>

#include <memory>

class LogFile;

/// Which lines of a LogFile start records and which are continuation lines
/// (a stack trace's "at ..." lines) folded into the record above them.
///
/// A background scan (FilterRunner with the empty query, the same rule as
/// the filter engine and the CLI) starts at once and reports chunks in file
/// order; scannedLines() grows with them, and recordsAdded() tells. Only the
/// continuation lines are stored (a RowSet, 4 bytes each): a file without
/// multi-line records costs nothing. Record r's first line is the r-th line
/// that is not a continuation line (binary searches, O(log^2 n)).
///
/// The first screen does not wait for the scan: as soon as the format is
/// known, the first kHeadLines lines are classified here on the GUI thread
/// with the same rule (a pread of each line's first bytes, about 1 ms), and
/// the scan's chunks add only the lines after them. Likewise, while a file
/// is followed the engine leaves its last record (which may still grow) to
/// the next scan; once a scan ends, the lines after it (at most
/// kMaxTailLines) are classified here, so the newest record shows at once.
///
/// With a @p shared scan (a tab passes FilteredModel::countScan(), which
/// counts every record by level and time anyway), its chunks are read and no
/// scan of its own runs: one pass over the file instead of two.
///
/// Lives on the GUI thread with its LogFile (not owned). A reset or a new
/// format of the file restarts the scan (reset()).
class RecordIndex : public QObject
{
    Q_OBJECT

public:
    /// @p shared: a scan of every record (the empty query, allRecordStarts)
    /// to read instead of running one; it must outlive this object.
    explicit RecordIndex(LogFile *file, const FilterRunner *shared = nullptr, QObject *parent = nullptr);

    /// Lines [0, scannedLines()) are known to start records or not.
    qint64 scannedLines() const { return m_scannedLines; }
    /// Records that start below line @p lines (at most scannedLines()).
    qint64 recordsBelow(qint64 lines) const;
    /// The first line of record @p record (0-based).
    qint64 startLine(qint64 record) const;
    /// The record that holds @p line (a line below scannedLines()).
    qint64 recordOf(qint64 line) const;
    bool startsRecord(qint64 line) const { return !m_continuations.contains(line); }
    /// True while the scan runs.
    bool isScanning() const { return m_scan->isScanning(); }
    /// How scans split their work (tests use tiny chunks); restarts the
    /// scan. Not with a shared scan (its owner sets its options).
    void setScanOptions(const FilterOptions &options);

    static constexpr qint64 kMaxTailLines = 1000;
    /// Lines classified at once, before the scan's first chunk: more than a screen.
    static constexpr qint64 kHeadLines = 500;
    /// The scan's work items.
    static constexpr qint64 kChunkBytes = 1024 * 1024;

Q_SIGNALS:
    /// scannedLines() grew.
    void recordsAdded();
    /// Everything known was dropped; recordsAdded() follows as the scan runs again.
    void reset();

private:
    void onChunk(const FilterChunk &chunk);
    void onRestarted();
    void classifyTail();
    /// Classifies the lines up to kHeadLines that no chunk has covered yet.
    void classifyHead();
    /// Classifies lines [scannedLines(), @p end) on this thread.
    void classifyLines(qint64 end);

    QPointer<LogFile> m_file;
    std::unique_ptr<FilterRunner> m_ownScan; // none with a shared scan
    const FilterRunner *m_scan;              // the scan read: m_ownScan or the shared one
    RowSet m_continuations;
    qint64 m_scannedLines = 0;
};
