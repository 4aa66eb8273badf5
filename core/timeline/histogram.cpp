// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/histogram.h"

#include <algorithm>

qint64 HistogramBucket::total() const
{
    qint64 sum = 0;
    for (qint64 n : counts)
        sum += n;
    return sum;
}

Histogram Histogram::build(const TimeCounts &counts, const TimeGrid &grid, qint64 from, qint64 to)
{
    Histogram result;
    result.bucketSeconds = grid.bucketSeconds();
    result.untimed = counts.untimed();
    result.untimedTotal = counts.untimedTotal();
    const std::vector<TimeSlot> &slots = counts.slots();
    const auto less = [](const TimeSlot &slot, qint64 second) { return slot.second < second; };
    auto begin = slots.begin();
    auto end = slots.end();
    if (from < to) {
        begin = std::lower_bound(slots.begin(), slots.end(), from, less);
        end = std::lower_bound(begin, slots.end(), to, less);
    } else if (!slots.empty()) {
        from = slots.front().second;
        to = slots.back().second + counts.resolution();
    }
    if (begin == end)
        return result;
    // Dense buckets from the one holding `from` to the one holding `to - 1`.
    const qint64 last = grid.floor(to - 1);
    for (qint64 start = grid.floor(from); start <= last; start = grid.next(start))
        result.buckets.push_back(HistogramBucket{start, grid.next(start), {}, -1});
    std::size_t index = 0;
    for (auto it = begin; it != end; ++it) {
        while (index + 1 < result.buckets.size() && it->second >= result.buckets[index].end)
            ++index;
        HistogramBucket &bucket = result.buckets[index];
        for (std::size_t level = 0; level < bucket.counts.size(); ++level)
            bucket.counts[level] += it->counts[level];
        if (bucket.firstLine < 0 || it->firstLine < bucket.firstLine)
            bucket.firstLine = it->firstLine;
        result.timedTotal += it->total();
    }
    return result;
}

qsizetype Histogram::bucketAt(qint64 utcSeconds) const
{
    const auto it = std::upper_bound(buckets.begin(), buckets.end(), utcSeconds,
                                     [](qint64 second, const HistogramBucket &b) { return second < b.end; });
    if (it == buckets.end() || utcSeconds < it->start)
        return -1;
    return it - buckets.begin();
}
