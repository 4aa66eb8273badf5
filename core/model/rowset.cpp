// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowset.h"

#include <algorithm>
#include <limits>

void RowSet::clear()
{
    m_blocks.clear();
    m_size = 0;
    m_last = -1;
}

void RowSet::append(qint64 first, qint64 count)
{
    constexpr qint64 kMaxOffset = std::numeric_limits<quint32>::max();
    for (qint64 line = std::max(first, m_last + 1); line < first + count; ++line) {
        if (m_blocks.empty() || m_blocks.back().offsets.size() >= kBlockSize || line - m_blocks.back().base > kMaxOffset) {
            Block block;
            block.base = line;
            block.firstIndex = m_size;
            block.offsets.reserve(1024);
            m_blocks.push_back(std::move(block));
        }
        Block &block = m_blocks.back();
        block.offsets.push_back(static_cast<quint32>(line - block.base));
        ++m_size;
        m_last = line;
    }
}

const RowSet::Block &RowSet::blockAt(qint64 index) const
{
    const auto it = std::upper_bound(m_blocks.begin(), m_blocks.end(), index,
                                     [](qint64 i, const Block &b) { return i < b.firstIndex; });
    return *(it - 1);
}

qint64 RowSet::line(qint64 index) const
{
    Q_ASSERT(index >= 0 && index < m_size);
    const Block &block = blockAt(index);
    return block.base + block.offsets[static_cast<std::size_t>(index - block.firstIndex)];
}

qint64 RowSet::countBelow(qint64 line) const
{
    // The first block whose first line is above @p line; the one before may hold it.
    auto it = std::upper_bound(m_blocks.begin(), m_blocks.end(), line,
                               [](qint64 l, const Block &b) { return l < b.base + b.offsets.front(); });
    if (it == m_blocks.begin())
        return 0;
    const Block &block = *(it - 1);
    const qint64 rel = line - block.base;
    const auto pos = std::lower_bound(block.offsets.begin(), block.offsets.end(), rel,
                                      [](quint32 offset, qint64 r) { return qint64{offset} < r; });
    return block.firstIndex + (pos - block.offsets.begin());
}

bool RowSet::contains(qint64 line) const
{
    const qint64 index = countBelow(line);
    return index < m_size && this->line(index) == line;
}

qint64 RowSet::memoryBytes() const
{
    qint64 bytes = static_cast<qint64>(m_blocks.capacity() * sizeof(Block));
    for (const Block &block : m_blocks)
        bytes += static_cast<qint64>(block.offsets.capacity() * sizeof(quint32));
    return bytes;
}
