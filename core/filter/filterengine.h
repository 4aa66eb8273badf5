// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filter/filterchunk.h"
#include "parse/logformat.h"
#include "query/query.h"

#include <QString>

#include <atomic>
#include <expected>
#include <functional>

/// How a filter scan splits and what it collects.
struct FilterOptions
{
    int threads = 0;                      ///< 0: one per core
    qint64 chunkBytes = 8 * 1024 * 1024;  ///< bytes of file per work item (tests use tiny ones)
    qint64 readBytes = 128 * 1024;        ///< pread size (tests use tiny ones)
    bool collectStats = false;  ///< per-level counts and time range over all records (reads every record's time and level)
    bool collectRanges = false; ///< FilterChunk::byteRanges for every match
    bool collectMatches = true; ///< FilterChunk::matches (false: stats, timeline, ranges or index only)
    /// True: FilterChunk::recordStarts tells of every line whether it starts
    /// a record (ContextLines needs that). False: only the lines of matched
    /// records are sure; a query with a literal then tests record starts only
    /// around the literal's occurrences, which makes a scan of a file whose
    /// record test is costly (mixed formats) about as fast as a search.
    bool allRecordStarts = true;
    bool buildIndex = false;    ///< FilterChunk::index: the line ends, for a LineIndex
    /// FilterChunk::timeline: the matching records counted by second and
    /// level (reads each match's time and level from its first line).
    bool collectTimeline = false;
    /// True: the range ends the data; its last record is complete.
    /// False (a growing file): the last record, which may still grow, is left
    /// for the next scan, which starts at FilterSummary::endByte.
    bool atEnd = true;
};

/// What to scan. The file, format, context and query outlive the scan.
struct FilterRequest
{
    int fd = -1;            ///< open for reading; read with pread only
    qint64 from = 0;        ///< a record start: 0, or a previous scan's FilterSummary::endByte
    qint64 to = 0;          ///< the end of the data to scan
    qint64 firstLine = 0;   ///< 0-based number of the line at @p from
    const LogFormat *format = nullptr;
    const TimeContext *context = nullptr;
    Query query;            ///< the empty query matches every record
};

/// How a scan ended.
struct FilterSummary
{
    qint64 endByte = 0;   ///< scanned [from, endByte): where an incremental scan goes on
    qint64 endLine = 0;   ///< the line number at endByte
    bool cancelled = false;
};

/// Filters the records of a file in parallel.
///
/// A record is a line that starts one (see FoldedRecord::startsRecord) plus
/// the continuation lines after it. [from, to) is cut into chunks of about
/// chunkBytes at line starts; workers (options.threads) scan them with
/// pread into readBytes buffers (never mmap: a truncated file must not
/// raise SIGBUS). Per record: Query::mayMatch on the raw bytes (and on
/// 64 KiB windows first, to skip runs of records the literals rule out),
/// then the format's parse only when Query::needsParsedRecord(), then
/// Query::matches. A record that starts in a chunk belongs to it even when
/// its continuation lines run into the following chunks. Records longer
/// than kMaxRecordBytes are matched on their first kMaxRecordBytes bytes.
///
/// Synchronous: blocks the calling thread until the scan ends, calling
/// @p deliver on the calling thread with each chunk, in file order (chunks
/// may hold no lines). @p cancel is checked once per read block; when set,
/// the scan stops after the last chunk completed and reports cancelled.
/// A read error ends the scan with a message; chunks delivered before it
/// stay valid. A file shorter than @p to (truncated meanwhile) ends the
/// scan where the data ends. Reentrant: scans may run at the same time.
///
/// Incremental use: scan(0, size1, atEnd=false) -> endByte e1, endLine l1;
/// later scan(from=e1, to=size2, firstLine=l1) delivers exactly the chunks'
/// worth of records a fresh scan of [0, size2) would have delivered after e1.
std::expected<FilterSummary, QString> runFilter(const FilterRequest &request, const FilterOptions &options,
                                                const std::atomic<bool> &cancel,
                                                const std::function<void(FilterChunk &&)> &deliver);

inline constexpr qint64 kMaxRecordBytes = 4 * 1024 * 1024;

/// The start of the last record in [from, to) of @p fd (from when there is
/// only one), i.e. where a scan with atEnd=false stops. Reads backwards.
std::expected<qint64, QString> lastRecordStart(int fd, qint64 from, qint64 to, const LogFormat &format);
