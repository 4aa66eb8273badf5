// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

/// A rising sequence of 64-bit byte offsets stored in about 1-2 bytes each.
///
/// Each value is kept as a LEB128 varint delta from the one before it, and
/// every 64th value leaves a checkpoint (the running value and the position
/// in the byte stream) so that at() decodes at most 64 varints. Appending is
/// amortised O(1). Not thread-safe: one writer, or any number of readers of a
/// value that no longer changes.
class CompactOffsets
{
public:
    /// @p base is the value the first delta is taken from.
    explicit CompactOffsets(qint64 base = 0);

    /// Appends @p offset, which must be >= last().
    void append(qint64 offset)
    {
        if ((m_count & kBlockMask) == 0)
            m_checkpoints.push_back({m_last, m_bytes.size()});
        auto delta = static_cast<quint64>(offset - m_last);
        m_last = offset;
        ++m_count;
        while (delta >= 0x80) {
            m_bytes.push_back(static_cast<quint8>(delta | 0x80));
            delta >>= 7;
        }
        m_bytes.push_back(static_cast<quint8>(delta));
    }

    qint64 size() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    /// The @p i-th value, 0 <= i < size().
    qint64 at(qint64 i) const;
    qint64 base() const { return m_base; }
    /// The last value appended, or base() when empty.
    qint64 last() const { return m_last; }
    /// Heap bytes held, for memory reports.
    qint64 memoryBytes() const;
    /// Gives back spare capacity once no more values will come.
    void squeeze();

private:
    static constexpr qint64 kBlockShift = 6;
    static constexpr qint64 kBlockMask = (qint64{1} << kBlockShift) - 1;
    struct Checkpoint
    {
        qint64 valueBefore;
        std::size_t bytePos;
    };

    std::vector<quint8> m_bytes;
    std::vector<Checkpoint> m_checkpoints;
    qint64 m_base = 0;
    qint64 m_last = 0;
    qint64 m_count = 0;
};
