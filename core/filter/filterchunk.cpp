// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filter/filterchunk.h"

#include <algorithm>
#include <bit>

void FilterStats::merge(const FilterStats &other)
{
    records += other.records;
    for (std::size_t i = 0; i < levels.size(); ++i)
        levels[i] += other.levels[i];
    addTime(other.firstTime);
    addTime(other.lastTime);
}

bool FilterChunk::startsRecord(qint64 relLine) const
{
    if (recordStarts.empty())
        return true;
    const auto bit = static_cast<quint64>(relLine);
    return (recordStarts[bit / 64] >> (bit % 64)) & 1U;
}

qint64 FilterChunk::matchLineCount(qsizetype i) const
{
    const qint64 first = matches[static_cast<std::size_t>(i)];
    if (recordStarts.empty())
        return first + 1 < lineCount ? 1 : 1 + tailLines;
    // Find the next set bit after `first`.
    auto bit = static_cast<quint64>(first + 1);
    const auto total = static_cast<quint64>(lineCount);
    while (bit < total) {
        const quint64 word = recordStarts[bit / 64] >> (bit % 64);
        if (word != 0) {
            const quint64 next = bit + static_cast<quint64>(std::countr_zero(word));
            if (next < total)
                return static_cast<qint64>(next) - first;
            break;
        }
        bit = (bit / 64 + 1) * 64;
    }
    return lineCount - first + tailLines;
}

qint64 FilterChunk::memoryBytes() const
{
    return static_cast<qint64>(matches.capacity() * sizeof(quint32) + recordStarts.capacity() * sizeof(quint64)
                               + byteRanges.capacity() * sizeof(ByteRange))
        + (index ? index->lineEnds.memoryBytes() : 0) + timeline.memoryBytes();
}
