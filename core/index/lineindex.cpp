// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lineindex.h"

#include <algorithm>

namespace {
/// Small chunks (a followed file's appends) are merged up to this many line
/// ends, so that an index grown by many appends costs what a scanned one does.
constexpr qint64 kCoalesceLines = 16384;
} // namespace

void LineIndex::append(std::shared_ptr<const IndexChunk> chunk)
{
    Q_ASSERT(chunk && chunk->beginByte == indexedBytes());
    const qint64 lines = chunk->lineEnds.size();
    // A chunk without line ends only moves indexedBytes(): one entry is
    // enough, so a long partial line does not pile up entries either.
    if (!m_chunks.empty()) {
        const IndexChunk &last = *m_chunks.back().chunk;
        if (last.lineEnds.isEmpty() || last.lineEnds.size() + lines <= kCoalesceLines) {
            auto merged = std::make_shared<IndexChunk>(last);
            for (qint64 i = 0; i < lines; ++i)
                merged->lineEnds.append(chunk->lineEnds.at(i));
            merged->lineEnds.squeeze();
            merged->endByte = chunk->endByte;
            m_chunks.back().chunk = std::move(merged);
            m_completeLines += lines;
            return;
        }
    }
    m_chunks.push_back({m_completeLines, std::move(chunk)});
    m_completeLines += lines;
}

void LineIndex::clear()
{
    m_chunks.clear();
    m_completeLines = 0;
}

const LineIndex::Entry &LineIndex::entryFor(qint64 line) const
{
    // The last entry whose firstLine <= line and that holds line ends.
    auto it = std::upper_bound(m_chunks.begin(), m_chunks.end(), line,
                               [](qint64 l, const Entry &e) { return l < e.firstLine; });
    Q_ASSERT(it != m_chunks.begin());
    --it;
    while (it->chunk->lineEnds.isEmpty())
        --it;
    return *it;
}

qint64 LineIndex::lineEnd(qint64 line) const
{
    const Entry &e = entryFor(line);
    return e.chunk->lineEnds.at(line - e.firstLine);
}

qint64 LineIndex::endOfCompleteLines() const
{
    return m_completeLines == 0 ? 0 : lineEnd(m_completeLines - 1);
}

LineRange LineIndex::lineRange(qint64 line) const
{
    Q_ASSERT(line >= 0 && line <= m_completeLines);
    const qint64 begin = line == 0 ? 0 : lineEnd(line - 1);
    if (line == m_completeLines)
        return {begin, indexedBytes()};
    return {begin, lineEnd(line) - 1};
}

qint64 LineIndex::memoryBytes() const
{
    qint64 bytes = static_cast<qint64>(m_chunks.capacity() * sizeof(Entry));
    for (const Entry &e : m_chunks)
        bytes += e.chunk->lineEnds.memoryBytes() + static_cast<qint64>(sizeof(IndexChunk));
    return bytes;
}
