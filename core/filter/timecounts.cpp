// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filter/timecounts.h"

#include <algorithm>

namespace {

qint64 floorTo(qint64 value, qint64 step)
{
    const qint64 q = value / step;
    return (q * step > value ? q - 1 : q) * step;
}

qint64 floorSeconds(TimeNs time)
{
    return floorTo(time, 1000000000LL) / 1000000000LL;
}

void addInto(TimeSlot &into, const TimeSlot &from)
{
    for (std::size_t i = 0; i < into.counts.size(); ++i)
        into.counts[i] += from.counts[i];
    into.firstLine = std::min(into.firstLine, from.firstLine);
}

/// The next coarser resolution, or 0 when there is none.
qint64 coarserThan(qint64 resolution)
{
    return resolution < 60 ? 60 : resolution < 900 ? 900 : 0;
}

} // namespace

qint64 TimeSlot::total() const
{
    qint64 sum = 0;
    for (quint32 n : counts)
        sum += n;
    return sum;
}

void TimeCounts::add(TimeNs time, Level level, qint64 line)
{
    const auto index = static_cast<std::size_t>(level);
    if (time == kNoTime) {
        ++m_untimed[index];
        if (m_untimedFirstLine < 0 || line < m_untimedFirstLine)
            m_untimedFirstLine = line;
        return;
    }
    const qint64 second = floorTo(floorSeconds(time), m_resolution);
    if (m_slots.empty() || m_slots.back().second != second) {
        if (!m_slots.empty() && second < m_slots.back().second)
            m_sorted = false;
        m_slots.push_back(TimeSlot{second, line, {}});
    }
    TimeSlot &slot = m_slots.back();
    ++slot.counts[index];
    slot.firstLine = std::min(slot.firstLine, line);
}

void TimeCounts::combineSorted()
{
    // Merges neighbours with the same second (the vector is sorted).
    std::size_t out = 0;
    for (std::size_t i = 0; i < m_slots.size(); ++i) {
        if (out > 0 && m_slots[out - 1].second == m_slots[i].second)
            addInto(m_slots[out - 1], m_slots[i]);
        else
            m_slots[out++] = m_slots[i];
    }
    m_slots.resize(out);
}

void TimeCounts::finish()
{
    if (!m_sorted) {
        std::stable_sort(m_slots.begin(), m_slots.end(),
                         [](const TimeSlot &a, const TimeSlot &b) { return a.second < b.second; });
        m_sorted = true;
    }
    combineSorted();
    while (m_slots.size() > kMaxSlots && coarserThan(m_resolution) > 0)
        coarsen(coarserThan(m_resolution));
}

void TimeCounts::coarsen(qint64 resolution)
{
    m_resolution = resolution;
    for (TimeSlot &slot : m_slots)
        slot.second = floorTo(slot.second, resolution);
    combineSorted();
}

void TimeCounts::merge(const TimeCounts &other)
{
    for (std::size_t i = 0; i < m_untimed.size(); ++i)
        m_untimed[i] += other.m_untimed[i];
    if (other.m_untimedFirstLine >= 0 && (m_untimedFirstLine < 0 || other.m_untimedFirstLine < m_untimedFirstLine))
        m_untimedFirstLine = other.m_untimedFirstLine;
    if (other.m_slots.empty())
        return;
    TimeCounts coarse;
    const TimeCounts *from = &other;
    if (other.m_resolution < m_resolution) {
        coarse.m_slots = other.m_slots;
        coarse.coarsen(m_resolution);
        from = &coarse;
    } else if (other.m_resolution > m_resolution) {
        coarsen(other.m_resolution);
    }
    const std::vector<TimeSlot> &add = from->m_slots;
    if (m_slots.empty() || add.front().second >= m_slots.back().second) {
        // Appended data: the common case, linear and in place.
        const bool joins = !m_slots.empty() && add.front().second == m_slots.back().second;
        if (joins)
            addInto(m_slots.back(), add.front());
        m_slots.insert(m_slots.end(), add.begin() + (joins ? 1 : 0), add.end());
    } else {
        std::vector<TimeSlot> merged;
        merged.reserve(m_slots.size() + add.size());
        std::merge(m_slots.begin(), m_slots.end(), add.begin(), add.end(), std::back_inserter(merged),
                   [](const TimeSlot &a, const TimeSlot &b) { return a.second < b.second; });
        m_slots = std::move(merged);
        combineSorted();
    }
    while (m_slots.size() > kMaxSlots && coarserThan(m_resolution) > 0)
        coarsen(coarserThan(m_resolution));
}

void TimeCounts::shiftLines(qint64 lines)
{
    for (TimeSlot &slot : m_slots)
        slot.firstLine += lines;
    if (m_untimedFirstLine >= 0)
        m_untimedFirstLine += lines;
}

qint64 TimeCounts::untimedTotal() const
{
    qint64 sum = 0;
    for (qint64 n : m_untimed)
        sum += n;
    return sum;
}

qint64 TimeCounts::timedTotal() const
{
    qint64 sum = 0;
    for (const TimeSlot &slot : m_slots)
        sum += slot.total();
    return sum;
}
