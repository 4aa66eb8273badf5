// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

/// A growing, sorted set of 0-based line numbers kept as one bit per line
/// (up to the last line in the set) plus a count every 4096 lines, for
/// sets too dense for RowSet's 4 bytes per line: the rows of a filtered
/// view with context lines around its matches. Same queries as RowSet:
/// line(i) scans at most one 4096-bit block, countBelow() counts at most
/// one; both are O(log n) to find the block.
///
/// Lines are appended in increasing order. Plain value, not thread-safe.
class LineBitmap
{
public:
    void clear();
    /// Adds lines [first, first + count); lines not above the last one are skipped.
    void append(qint64 first, qint64 count = 1);

    qint64 size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    /// The line at position @p index (0 <= index < size()).
    qint64 line(qint64 index) const;
    /// How many lines of the set are below @p line.
    qint64 countBelow(qint64 line) const;
    bool contains(qint64 line) const;
    /// The last line, or -1 when empty.
    qint64 last() const { return m_last; }
    qint64 memoryBytes() const;

    static constexpr qint64 kBlockLines = 4096;

private:
    static constexpr std::size_t kBlockWords = kBlockLines / 64;
    qint64 bitsInBlock(std::size_t block) const;

    std::vector<quint64> m_words;      // bit (line % 64) of word (line / 64)
    std::vector<qint64> m_blockCounts; // lines of the set below each block
    qint64 m_size = 0;
    qint64 m_last = -1;
};
