// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compactoffsets.h"

CompactOffsets::CompactOffsets(qint64 base)
    : m_base(base)
    , m_last(base)
{
}

qint64 CompactOffsets::at(qint64 i) const
{
    Q_ASSERT(i >= 0 && i < m_count);
    const Checkpoint &cp = m_checkpoints[static_cast<std::size_t>(i >> kBlockShift)];
    const quint8 *p = m_bytes.data() + cp.bytePos;
    qint64 value = cp.valueBefore;
    for (qint64 n = (i & kBlockMask) + 1; n > 0; --n) {
        quint64 delta = 0;
        int shift = 0;
        quint8 byte;
        do {
            byte = *p++;
            delta |= quint64{byte & 0x7fu} << shift;
            shift += 7;
        } while (byte & 0x80);
        value += static_cast<qint64>(delta);
    }
    return value;
}

qint64 CompactOffsets::memoryBytes() const
{
    return static_cast<qint64>(m_bytes.capacity() + m_checkpoints.capacity() * sizeof(Checkpoint));
}

void CompactOffsets::squeeze()
{
    m_bytes.shrink_to_fit();
    m_checkpoints.shrink_to_fit();
}
