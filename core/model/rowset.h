// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

/// A growing, sorted set of 0-based line numbers: the rows of a filtered
/// view. Lines are appended in increasing order; each costs 4 bytes (blocks
/// of 32-bit offsets from a 64-bit base), so a file of more than 2^32 lines
/// is fine. Lookups are binary searches.
///
/// Plain value, not thread-safe: owned by one thread.
class RowSet
{
public:
    void clear();
    /// Adds lines [first, first + count); lines not above the last one are skipped.
    void append(qint64 first, qint64 count = 1);

    qint64 size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    /// The line at position @p index (0 <= index < size()).
    qint64 line(qint64 index) const;
    /// How many lines of the set are below @p line: the position of @p line
    /// if it is in the set, else where it would go.
    qint64 countBelow(qint64 line) const;
    bool contains(qint64 line) const;
    /// The last line, or -1 when empty.
    qint64 last() const { return m_last; }
    qint64 memoryBytes() const;

private:
    struct Block
    {
        qint64 base = 0;      // line of offsets[0] minus offsets[0]
        qint64 firstIndex = 0; // position of offsets[0] in the set
        std::vector<quint32> offsets;
    };
    static constexpr std::size_t kBlockSize = 64 * 1024;
    /// The block holding position @p index.
    const Block &blockAt(qint64 index) const;

    std::vector<Block> m_blocks;
    qint64 m_size = 0;
    qint64 m_last = -1;
};
