// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filter/timecounts.h"
#include "index/lineindex.h"
#include "record/level.h"
#include "record/record.h"

#include <array>
#include <memory>
#include <vector>

/// Record statistics over a range: record count, records per level and the
/// time range. Plain value; merge() combines ranges in any order.
struct FilterStats
{
    qint64 records = 0;
    std::array<qint64, kLevelCount> levels{}; ///< indexed by Level
    TimeNs firstTime = kNoTime;               ///< the earliest record time, kNoTime when none
    TimeNs lastTime = kNoTime;                ///< the latest record time

    void addTime(TimeNs time)
    {
        if (time == kNoTime)
            return;
        if (firstTime == kNoTime || time < firstTime)
            firstTime = time;
        if (lastTime == kNoTime || time > lastTime)
            lastTime = time;
    }
    void merge(const FilterStats &other);
};

/// A matching record's bytes in the file: [begin, end), the final line
/// terminator included.
struct ByteRange
{
    qint64 begin = 0;
    qint64 end = 0;
};

/// What the filter engine found in one chunk of a file. A chunk holds the
/// lines that start in [beginByte, endByte) (both at line starts) and owns
/// the records whose first line is one of them; its last record may run on
/// over tailLines continuation lines that belong to the next chunks.
///
/// Memory: one bit per line (only when the chunk has continuation lines)
/// plus 4 bytes per match; byteRanges only when asked for (the CLI).
/// Produced by a worker, then immutable: safe to read from any thread.
struct FilterChunk
{
    qint64 beginByte = 0;
    qint64 endByte = 0;
    qint64 firstLine = 0; ///< 0-based number of the line at beginByte
    qint64 lineCount = 0; ///< lines that start in [beginByte, endByte)
    qint64 tailLines = 0; ///< lines after endByte folded into the last record
    std::vector<quint32> matches;       ///< first line of each match, relative to firstLine
    std::vector<quint64> recordStarts;  ///< bit i: line firstLine+i starts a record; empty: every line does
    std::vector<ByteRange> byteRanges;  ///< per match, when FilterOptions::collectRanges
    FilterStats stats;                  ///< over all records of the chunk, when FilterOptions::collectStats
    TimeCounts timeline;                ///< the matches by time and level, when FilterOptions::collectTimeline (file lines)
    std::shared_ptr<const IndexChunk> index; ///< the line index of the chunk, when FilterOptions::buildIndex

    qint64 matchCount() const { return static_cast<qint64>(matches.size()); }
    /// 0-based file line number of match @p i.
    qint64 matchLine(qsizetype i) const { return firstLine + matches[static_cast<std::size_t>(i)]; }
    /// Lines in match @p i (1 for a single-line record).
    qint64 matchLineCount(qsizetype i) const;
    /// Whether line firstLine + @p relLine starts a record.
    bool startsRecord(qint64 relLine) const;
    /// Heap bytes held.
    qint64 memoryBytes() const;
};
