// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linebitmap.h"

#include <algorithm>
#include <bit>

void LineBitmap::clear()
{
    m_words.clear();
    m_words.shrink_to_fit();
    m_blockCounts.clear();
    m_blockCounts.shrink_to_fit();
    m_size = 0;
    m_last = -1;
}

void LineBitmap::append(qint64 first, qint64 count)
{
    const qint64 from = std::max(first, m_last + 1);
    const qint64 to = first + count;
    if (from >= to)
        return;
    const auto lastWord = static_cast<std::size_t>((to - 1) / 64);
    if (m_words.capacity() <= lastWord)
        m_words.reserve(lastWord + 1 + lastWord / 8); // grow by 1/8, not twice: memory stays near a bit per line
    if (m_words.size() <= lastWord)
        m_words.resize(lastWord + 1, 0);
    // Counts change for the blocks after the one holding @p from, and new
    // blocks (maybe before it, after a gap) need theirs.
    const std::size_t firstStale = std::max<std::size_t>(
        1, std::min(m_blockCounts.size(), static_cast<std::size_t>(from / kBlockLines) + 1));
    if (m_blockCounts.size() <= lastWord / kBlockWords)
        m_blockCounts.resize(lastWord / kBlockWords + 1, 0);
    for (qint64 line = from; line < to; ++line)
        m_words[static_cast<std::size_t>(line / 64)] |= quint64{1} << (line % 64);
    m_size += to - from;
    m_last = to - 1;
    for (std::size_t block = firstStale; block < m_blockCounts.size(); ++block)
        m_blockCounts[block] = m_blockCounts[block - 1] + bitsInBlock(block - 1);
}

qint64 LineBitmap::bitsInBlock(std::size_t block) const
{
    const std::size_t begin = block * kBlockWords;
    const std::size_t end = std::min(begin + kBlockWords, m_words.size());
    qint64 bits = 0;
    for (std::size_t w = begin; w < end; ++w)
        bits += std::popcount(m_words[w]);
    return bits;
}

qint64 LineBitmap::line(qint64 index) const
{
    Q_ASSERT(index >= 0 && index < m_size);
    const auto it = std::upper_bound(m_blockCounts.begin(), m_blockCounts.end(), index);
    const auto block = static_cast<std::size_t>(it - m_blockCounts.begin()) - 1;
    qint64 rest = index - m_blockCounts[block];
    for (std::size_t w = block * kBlockWords; w < m_words.size(); ++w) {
        quint64 word = m_words[w];
        const int bits = std::popcount(word);
        if (rest >= bits) {
            rest -= bits;
            continue;
        }
        for (; rest > 0; --rest)
            word &= word - 1; // drop the lowest set bit
        return static_cast<qint64>(w) * 64 + std::countr_zero(word);
    }
    Q_UNREACHABLE_RETURN(m_last);
}

qint64 LineBitmap::countBelow(qint64 line) const
{
    if (line <= 0 || m_size == 0)
        return 0;
    if (line > m_last)
        return m_size;
    const auto word = static_cast<std::size_t>(line / 64);
    const std::size_t block = word / kBlockWords;
    qint64 count = m_blockCounts[block];
    for (std::size_t w = block * kBlockWords; w < word; ++w)
        count += std::popcount(m_words[w]);
    const quint64 below = (quint64{1} << (line % 64)) - 1;
    return count + std::popcount(m_words[word] & below);
}

bool LineBitmap::contains(qint64 line) const
{
    if (line < 0 || line > m_last)
        return false;
    return (m_words[static_cast<std::size_t>(line / 64)] >> (line % 64)) & 1;
}

qint64 LineBitmap::memoryBytes() const
{
    return static_cast<qint64>(m_words.capacity() * sizeof(quint64) + m_blockCounts.capacity() * sizeof(qint64));
}
