// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/compactoffsets.h"

#include <QtGlobal>

#include <memory>
#include <vector>

/// The byte range of one line, without its '\n' (a '\r' before it is left in;
/// readers drop it, see LineReader).
struct LineRange
{
    qint64 begin = 0;
    qint64 end = 0;
    qint64 length() const { return end - begin; }
};

/// What one scan of a byte range [beginByte, endByte) of a file found: the
/// offset just past every '\n' in it. Produced by a worker, then immutable.
struct IndexChunk
{
    explicit IndexChunk(qint64 begin)
        : beginByte(begin)
        , endByte(begin)
        , lineEnds(begin)
    {
    }
    qint64 beginByte;
    qint64 endByte;
    CompactOffsets lineEnds;
};

/// The line index of a file: chunks in byte order, each contiguous with the
/// one before. A line is complete when its '\n' has been seen; the bytes after
/// the last '\n' form a partial line, which counts only when the caller says
/// the file is complete (see lineCount()).
///
/// Not thread-safe: owned and changed by one thread (the GUI thread in the
/// app), fed with chunks that workers produced.
class LineIndex
{
public:
    /// Appends the next chunk; its beginByte must equal indexedBytes().
    void append(std::shared_ptr<const IndexChunk> chunk);
    /// Forgets everything, e.g. after the file was truncated.
    void clear();

    qint64 completeLineCount() const { return m_completeLines; }
    /// Bytes scanned so far: [0, indexedBytes()).
    qint64 indexedBytes() const { return m_chunks.empty() ? 0 : m_chunks.back().chunk->endByte; }
    /// True when bytes follow the last '\n' (a last line with no terminator yet).
    bool hasPartialLine() const { return indexedBytes() > endOfCompleteLines(); }
    /// Lines to show: the complete ones, plus the partial one when @p includePartial.
    qint64 lineCount(bool includePartial) const
    {
        return m_completeLines + ((includePartial && hasPartialLine()) ? 1 : 0);
    }
    /// Byte range of line @p line (0-based). The partial line, if any, is the
    /// one at completeLineCount(). The '\n' is excluded.
    LineRange lineRange(qint64 line) const;
    /// Offset just past the last '\n' seen (0 when none).
    qint64 endOfCompleteLines() const;
    /// Heap bytes held by the index.
    qint64 memoryBytes() const;

private:
    struct Entry
    {
        qint64 firstLine;
        std::shared_ptr<const IndexChunk> chunk;
    };
    /// Offset just past line @p line's '\n'.
    qint64 lineEnd(qint64 line) const;
    const Entry &entryFor(qint64 line) const;

    std::vector<Entry> m_chunks; // only chunks with at least one line end, plus the last one
    qint64 m_completeLines = 0;
};
