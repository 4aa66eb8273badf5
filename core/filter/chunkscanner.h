// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filter/filterchunk.h"
#include "filter/filterengine.h"

#include <QString>

#include <atomic>
#include <expected>
#include <vector>

/// The worker half of runFilter(): scans one chunk at a time, reading the
/// file with pread into a buffer that it reuses from chunk to chunk.
///
/// Not thread-safe: one scanner per worker thread. The request, its format,
/// context and query are shared read-only between scanners.
class ChunkScanner
{
public:
    ChunkScanner(const FilterRequest &request, const FilterOptions &options);

    /// Scans the lines that start in [begin, end) (a part of the request's
    /// range) and the records that start on them. Sets @p stoppedEarly when
    /// @p cancel was seen or the file ended before @p end.
    std::expected<FilterChunk, QString> scan(qint64 begin, qint64 end, const std::atomic<bool> &cancel,
                                             bool &stoppedEarly);

private:
    /// Makes room and reads more; false at the end of the data. @p keep:
    /// the first buffer index still needed apart from the open record.
    bool refill(qsizetype keep);
    qsizetype keepFrom(qsizetype keep) const;
    void overflowRecord();
    /// Ensures the line at m_pos is complete or kStartBytes long; returns its '\n' index or -1.
    qsizetype lineEnd();
    /// The first '\n' at or after buffer index @p from (< m_fill), or -1.
    /// memchr: about 30 instructions for a 150-byte line, fewer than
    /// walking SSE2 newline masks costs per line.
    qsizetype nextNewline(qsizetype from);
    /// Whether the record [bufBegin, bufEnd) of the buffer can match,
    /// judged by the query's next candidate literal in the buffer.
    bool mayHoldCandidate(qsizetype bufBegin, qsizetype bufEnd);
    void evaluateFields(QByteArrayView raw, QByteArrayView first);
    /// With only stats to collect: reads whole lines of the chunk from
    /// m_pos as handleLine() would, without the general loop's steps, up to
    /// 4096 lines and until one needs that loop (a long or unfinished line,
    /// the chunk's end, the data's first line). Returns the lines read.
    qint64 statsLane(qint64 end);
    /// Moves m_pos past a line whose '\n' is not in the buffer yet.
    void skipLongLine();
    bool alignStart(qint64 begin, qint64 end);
    /// Whether the line [@p lineStart, @p textEnd) of the buffer starts a
    /// record (@p nl: its '\n', or -1); with collectStats, a whole line's
    /// time and level are read in the same call (m_head), for the record it begins.
    bool lineStartsRecord(qsizetype lineStart, qsizetype nl, qsizetype textEnd);
    void handleLine(qsizetype nl, bool inChunk, bool starts);
    /// Counts one more line of the chunk, as a record's first line or not
    /// (inline: once per line).
    void noteLine(bool starts)
    {
        FilterChunk &chunk = *m_chunk;
        const auto rel = static_cast<quint64>(chunk.lineCount);
        if (rel % 64 == 0)
            chunk.recordStarts.push_back(0);
        if (starts)
            chunk.recordStarts.back() |= quint64{1} << (rel % 64);
        else
            m_anyContinuation = true;
        ++chunk.lineCount;
    }
    /// Opens a record on the line at m_pos (@p nl: its '\n', or -1 while
    /// the line goes on past the buffer). With only stats to collect, a
    /// record whose first line is whole is counted here and its bytes are
    /// not kept (m_recCounted).
    void beginRecord(qint64 relLine, qsizetype nl);
    /// Adds the open record to the stats: time and level from m_recHead, or
    /// read from @p firstLine.
    void countRecord(QByteArrayView firstLine);
    void endRecord();
    /// Whether the open record's bytes must stay in the buffer (or overflow).
    bool recordBytesNeeded() const;
    void evaluate(QByteArrayView bytes, qsizetype bufBegin, qsizetype bufEnd, bool truncated);
    qint64 fileOffset(qsizetype index) const { return m_bufOffset + index; }

    // Sparse mode (see FilterOptions::allRecordStarts): lines far from the
    // query's candidates are counted, not tested; the record around each
    // candidate is found by testing lines backwards from it, then scanned
    // line by line like any record. m_pos is then always a line start that
    // begins a record (m_posStarts) or the chunk's first line, not yet known.
    enum class Sparse : quint8 { Counted, ScanRecord };
    /// One sparse step from m_pos, for the lines that start before @p end.
    Sparse sparseStep(qint64 end);
    /// The start of the line holding buffer index @p at (>= m_pos).
    qsizetype lineStartOf(qsizetype at) const;
    /// Whether the line at buffer index @p line is whole in the buffer (or
    /// long enough for the record test, or the file's last).
    bool lineReadable(qsizetype line);
    bool startsAt(qsizetype line);
    /// Counts the lines in [m_pos, @p to) as records' lines (bits set) or as
    /// continuation lines, and moves m_pos to @p to.
    void countLines(qsizetype to, bool starts);

    const FilterRequest &m_request;
    const FilterOptions &m_options;
    bool m_prefilterEmpty;
    bool m_needsParse;
    bool m_fieldsOnly; // the query reads only m_request.query.fieldsRead()
    bool m_statsOnly;  // nothing is collected per record but the stats
    Record m_record;   // reused to keep its field vector's capacity

    std::vector<char> m_buf;
    qint64 m_bufOffset = 0; // file offset of m_buf[0]
    qsizetype m_fill = 0;
    bool m_eof = false;
    bool m_truncated = false;
    QString m_error;
    qsizetype m_pos = 0; // the current line start (or scan position inside a long line)

    // The open record.
    bool m_recActive = false;
    bool m_overflowed = false;
    qsizetype m_recBegin = 0;
    qint64 m_recFileBegin = 0;
    qint64 m_recRelLine = 0;
    bool m_recOneLine = true; // no continuation line yet: the record is its first line
    bool m_recCounted = false; // the open record is in the stats already (m_statsOnly)
    // Time and level of the current line, when lineStartsRecord() read them,
    // and of the open record's first line (m_recHeadRead).
    struct Head
    {
        bool read = false;
        TimeNs time = kNoTime;
        Level level = Level::Unknown;
    };
    Head m_head;
    Head m_recHead;
    std::vector<char> m_overflow;

    // The last search that found no newline: from the line at `from`, up to `to`.
    struct NewlineSearch
    {
        qsizetype from = -1;
        qsizetype to = -1;
    };
    NewlineSearch m_newlineSearch;

    // Literal-first prefilter: the query's first candidate at or after
    // m_candidateFrom in [0, m_candidateFill) is at m_candidate (-1: none).
    qsizetype m_candidateFrom = 0;
    qsizetype m_candidateFill = -1; // -1: nothing searched since the last buffer move
    qsizetype m_candidate = -1;

    FilterChunk *m_chunk = nullptr;
    std::shared_ptr<IndexChunk> m_index;
    bool m_anyContinuation = false;
    bool m_sparse = false;
    bool m_posStarts = false;
};
