// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filter/timecounts.h"
#include "timeline/timegrid.h"

#include <array>
#include <vector>

/// One bar of the timeline: the records in [start, end) per level.
struct HistogramBucket
{
    qint64 start = 0; ///< UTC seconds since the epoch
    qint64 end = 0;
    std::array<qint64, kLevelCount> counts{}; ///< indexed by Level
    qint64 firstLine = -1; ///< the first record's 0-based line, -1 for an empty bucket

    qint64 total() const;
};

/// Records per bucket and level over a time range: what the timeline draws
/// and `tideline-cli histogram` prints. A plain value.
struct Histogram
{
    qint64 bucketSeconds = 0;
    /// Consecutive buckets (each one's end is the next one's start), from
    /// the bucket holding the range's start to the one holding its end.
    /// Buckets without records are there with zero counts: gaps show.
    std::vector<HistogramBucket> buckets;
    std::array<qint64, kLevelCount> untimed{}; ///< records without a time, whatever the range
    qint64 untimedTotal = 0;
    qint64 timedTotal = 0; ///< records in the buckets

    /// Buckets of @p grid over @p counts' records in [@p from, @p to)
    /// (UTC seconds; from == to: the whole range of the records). No
    /// buckets when there is no timed record in the range. The grid's size
    /// must be a multiple of counts.resolution() (it is for every nice size
    /// at or above it). Makes about (to - from) / bucketSeconds buckets:
    /// callers keep that small (TimeGrid::chooseSize). Linear in the slots
    /// in the range; pure.
    static Histogram build(const TimeCounts &counts, const TimeGrid &grid, qint64 from = 0, qint64 to = 0);
    /// The index of the bucket holding @p utcSeconds, or -1.
    qsizetype bucketAt(qint64 utcSeconds) const;
};
