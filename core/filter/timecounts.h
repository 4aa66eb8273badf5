// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/level.h"
#include "record/record.h"

#include <array>
#include <vector>

/// Records per level in one fine time slot of TimeCounts.
struct TimeSlot
{
    qint64 second = 0;     ///< UTC seconds since the epoch at the slot's start (a multiple of the resolution)
    qint64 firstLine = 0;  ///< the lowest 0-based first line of a record counted here
    std::array<quint32, kLevelCount> counts{}; ///< indexed by Level

    qint64 total() const;
};

/// Fine-grained record counts by time and level: the timeline's data.
///
/// Records are counted per slot of resolution() seconds (1 s, coarsened to
/// 1 min and then 15 min when a file has more than kMaxSlots distinct slots,
/// so that memory stays bounded: 56 bytes per slot, about 14 MiB at most).
/// Both divide every whole-minute zone offset and every nice bucket size,
/// so any coarser histogram (TimeGrid) can be built from the slots exactly.
/// Records without a time are counted per level apart (untimed()).
///
/// Filled by one filter worker per chunk (add(), then finish()), merged on
/// the owner's thread. A plain value: not thread-safe, copyable.
class TimeCounts
{
public:
    static constexpr std::size_t kMaxSlots = std::size_t{1} << 18;

    /// Counts a record with @p time (kNoTime: untimed) and @p level whose
    /// first line is @p line. Cheap when times arrive in order; call
    /// finish() before reading or merging.
    void add(TimeNs time, Level level, qint64 line);
    /// Sorts the slots and merges duplicates (records out of time order).
    void finish();
    /// Adds @p other (finished) to this (finished). Fast when @p other's
    /// slots all come after this one's (appended data).
    void merge(const TimeCounts &other);
    /// Adds @p lines to every line number (chunk-relative to file lines).
    void shiftLines(qint64 lines);
    void clear() { *this = TimeCounts(); }

    /// Sorted by second, one per non-empty slot.
    const std::vector<TimeSlot> &slots() const { return m_slots; }
    qint64 resolution() const { return m_resolution; }
    /// Records without a time, per level; and the first such record's line (-1: none).
    const std::array<qint64, kLevelCount> &untimed() const { return m_untimed; }
    qint64 untimedTotal() const;
    qint64 untimedFirstLine() const { return m_untimedFirstLine; }
    /// Records with a time.
    qint64 timedTotal() const;
    bool isEmpty() const { return m_slots.empty() && untimedTotal() == 0; }
    qint64 memoryBytes() const { return static_cast<qint64>(m_slots.capacity() * sizeof(TimeSlot)); }

private:
    void coarsen(qint64 resolution);
    void combineSorted();

    std::vector<TimeSlot> m_slots;
    qint64 m_resolution = 1;
    std::array<qint64, kLevelCount> m_untimed{};
    qint64 m_untimedFirstLine = -1;
    bool m_sorted = true;
};
