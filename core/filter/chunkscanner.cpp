// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filter/chunkscanner.h"

#include "filter/foldedrecord.h"
#include "index/newlinescan.h"

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace {

struct FilterText
{
    Q_DECLARE_TR_FUNCTIONS(FilterText)
};

const char *findNewline(const char *from, const char *to)
{
    if (from == to)
        return nullptr; // also an empty buffer, whose data() may be null
    return static_cast<const char *>(std::memchr(from, '\n', static_cast<std::size_t>(to - from)));
}

} // namespace

ChunkScanner::ChunkScanner(const FilterRequest &request, const FilterOptions &options)
    : m_request(request)
    , m_options(options)
    , m_prefilterEmpty(request.query.mayMatch(QByteArrayView()))
    , m_needsParse(request.query.needsParsedRecord())
    , m_fieldsOnly(m_needsParse && !request.query.fieldsRead().empty())
    // findCandidate() finds nothing in no bytes only for a query that requires a literal.
    , m_statsOnly(options.collectStats && !options.collectMatches && !options.collectTimeline && !options.collectRanges)
    , m_sparse(!m_prefilterEmpty && !options.allRecordStarts && !options.collectStats && !options.buildIndex
               && request.query.findCandidate(QByteArrayView(), 0) < 0)
{
    for (const QByteArray &name : request.query.fieldsRead()) {
        if (name.isEmpty())
            m_fieldsOnly = false; // an empty name marks a missing field below
        m_record.fields.push_back(Field{name, QByteArray()});
    }
    if (!m_fieldsOnly)
        m_record.fields.clear();
}

bool ChunkScanner::recordBytesNeeded() const
{
    return m_recActive && !m_overflowed && !m_recCounted;
}

qsizetype ChunkScanner::keepFrom(qsizetype keep) const
{
    return recordBytesNeeded() ? std::min(keep, m_recBegin) : keep;
}

void ChunkScanner::overflowRecord()
{
    const char *begin = m_buf.data() + m_recBegin;
    m_overflow.assign(begin, begin + kMaxRecordBytes);
    m_overflowed = true;
}

bool ChunkScanner::refill(qsizetype keep)
{
    if (m_eof)
        return false;
    if (recordBytesNeeded() && m_fill - m_recBegin > kMaxRecordBytes)
        overflowRecord();
    const qsizetype shift = keepFrom(keep);
    if (shift > 0) {
        std::memmove(m_buf.data(), m_buf.data() + shift, static_cast<std::size_t>(m_fill - shift));
        m_fill -= shift;
        m_bufOffset += shift;
        m_pos -= shift;
        m_recBegin -= shift;
        m_newlineSearch = {};
        m_candidateFill = -1;
    }
    const qsizetype readBytes = static_cast<qsizetype>(std::max<qint64>(1, m_options.readBytes));
    if (static_cast<qsizetype>(m_buf.size()) < m_fill + readBytes)
        m_buf.resize(static_cast<std::size_t>(m_fill + readBytes));
    const qint64 readAt = m_bufOffset + m_fill;
    const qint64 want = std::min<qint64>(readBytes, m_request.to - readAt);
    if (want <= 0) {
        m_eof = true;
        return false;
    }
    ssize_t got;
    do {
        got = ::pread(m_request.fd, m_buf.data() + m_fill, static_cast<std::size_t>(want), readAt);
    } while (got < 0 && errno == EINTR);
    if (got <= 0) {
        if (got < 0)
            m_error = FilterText::tr("read error at byte %1: %2").arg(readAt).arg(QString::fromLocal8Bit(std::strerror(errno)));
        m_truncated = got == 0; // the file is shorter than it was
        m_eof = true;
        return false;
    }
    m_fill += got;
    return true;
}

qsizetype ChunkScanner::nextNewline(qsizetype from)
{
    // A line searched before the last refill is searched on from where that search ended.
    const qsizetype start = from == m_newlineSearch.from ? std::max(from, m_newlineSearch.to) : from;
    if (const char *nl = findNewline(m_buf.data() + start, m_buf.data() + m_fill))
        return nl - m_buf.data();
    m_newlineSearch = {from, m_fill};
    return -1;
}

qsizetype ChunkScanner::lineEnd()
{
    for (;;) {
        if (const qsizetype nl = nextNewline(m_pos); nl >= 0)
            return nl;
        if (m_fill - m_pos > FoldedRecord::kStartBytes)
            return -1;
        if (!refill(m_pos))
            return -1;
    }
}

void ChunkScanner::skipLongLine()
{
    for (;;) {
        m_pos = m_fill;
        if (!refill(m_fill))
            return;
        if (const char *nl = findNewline(m_buf.data() + m_pos, m_buf.data() + m_fill)) {
            m_pos = nl - m_buf.data() + 1;
            return;
        }
    }
}

bool ChunkScanner::alignStart(qint64 begin, qint64 end)
{
    m_bufOffset = begin;
    if (begin == m_request.from)
        return true;
    // A line starts at p in [begin, end) when byte p - 1 is '\n'.
    m_bufOffset = begin - 1;
    for (;;) {
        const qsizetype limit = std::min<qsizetype>(m_fill, static_cast<qsizetype>(end - 1 - m_bufOffset));
        if (const char *nl = findNewline(m_buf.data() + m_pos, m_buf.data() + limit)) {
            m_pos = nl - m_buf.data() + 1;
            return true;
        }
        m_pos = limit;
        if (fileOffset(m_pos) >= end - 1 || !refill(m_pos))
            return false;
    }
}

void ChunkScanner::beginRecord(qint64 relLine, qsizetype nl)
{
    m_recActive = true;
    m_overflowed = false;
    m_recBegin = m_pos;
    m_recFileBegin = fileOffset(m_pos);
    m_recRelLine = relLine;
    m_recOneLine = true;
    m_recHead = m_head;
    m_recCounted = m_statsOnly && nl >= 0;
    if (m_recCounted)
        countRecord(QByteArrayView(m_buf.data() + m_pos, nl - m_pos));
}

void ChunkScanner::countRecord(QByteArrayView firstLine)
{
    TimeNs time = m_recHead.time;
    Level level = m_recHead.level;
    if (!m_recHead.read)
        m_request.format->extractTimeLevel(firstLine, time, level, *m_request.context);
    FilterStats &stats = m_chunk->stats;
    ++stats.records;
    ++stats.levels[static_cast<std::size_t>(level)];
    stats.addTime(time);
}

void ChunkScanner::endRecord()
{
    if (!m_recActive)
        return;
    if (m_recCounted) {
        m_recActive = false;
        return;
    }
    if (m_overflowed)
        evaluate(QByteArrayView(m_overflow.data(), static_cast<qsizetype>(m_overflow.size())), -1, -1, true);
    else
        evaluate(QByteArrayView(m_buf.data() + m_recBegin, m_pos - m_recBegin), m_recBegin, m_pos, false);
    m_recActive = false;
}

void ChunkScanner::evaluate(QByteArrayView bytes, qsizetype bufBegin, qsizetype bufEnd, bool truncated)
{
    FilterChunk &chunk = *m_chunk;
    const QByteArrayView raw = truncated ? bytes : FoldedRecord::withoutTerminator(bytes);
    // A one-line record is its first line: no search for a '\n' in it.
    const QByteArrayView first = m_recOneLine && !truncated ? raw : FoldedRecord::firstLine(raw);
    if (m_options.collectStats)
        countRecord(first);
    if (!m_options.collectMatches && !m_options.collectTimeline && !m_options.collectRanges)
        return;
    if (!m_prefilterEmpty) {
        if (bufBegin >= 0 && !mayHoldCandidate(bufBegin, bufEnd))
            return;
        if (!m_request.query.mayMatch(raw))
            return;
    }
    bool matched;
    if (m_fieldsOnly) {
        evaluateFields(raw, first);
        matched = m_request.query.matches(m_record);
    } else if (m_needsParse) {
        FoldedRecord::parse(*m_request.format, raw, m_record, *m_request.context);
        matched = m_request.query.matches(m_record);
    } else {
        m_record.raw = raw;
        m_record.message = raw;
        matched = m_request.query.matches(m_record);
    }
    if (!matched)
        return;
    if (m_options.collectMatches)
        chunk.matches.push_back(static_cast<quint32>(m_recRelLine));
    if (m_options.collectTimeline) {
        TimeNs time = m_recHead.time;
        Level level = m_recHead.level;
        if (!m_recHead.read)
            m_request.format->extractTimeLevel(first, time, level, *m_request.context);
        chunk.timeline.add(time, level, m_recRelLine);
    }
    if (m_options.collectRanges)
        chunk.byteRanges.push_back({m_recFileBegin, fileOffset(m_pos)});
}

bool ChunkScanner::mayHoldCandidate(qsizetype bufBegin, qsizetype bufEnd)
{
    // The last search covered [m_candidateFrom, m_candidateFill): reuse it
    // while the record lies inside and starts at or before the hit.
    const bool known = m_candidateFill >= 0 && bufBegin >= m_candidateFrom && bufEnd <= m_candidateFill
        && (m_candidate < 0 || bufBegin <= m_candidate);
    if (!known) {
        m_candidateFrom = bufBegin;
        m_candidateFill = m_fill;
        m_candidate = m_request.query.findCandidate(QByteArrayView(m_buf.data(), m_fill), bufBegin);
    }
    // An occurrence inside the record starts at or after m_candidate and ends by bufEnd.
    return m_candidate >= 0 && m_candidate < bufEnd;
}

void ChunkScanner::evaluateFields(QByteArrayView raw, QByteArrayView first)
{
    // Fields come from the first line (FoldedRecord::parse); nothing else is read.
    const std::vector<QByteArray> &names = m_request.query.fieldsRead();
    m_record.raw = raw;
    m_record.message = raw;
    for (std::size_t i = 0; i < names.size(); ++i) {
        Field &field = m_record.fields[i];
        if (m_request.format->extractField(first, names[i], field.value, *m_request.context)) {
            if (field.name.isEmpty())
                field.name = names[i];
        } else {
            field.name.clear(); // matches no query field name
        }
    }
}

bool ChunkScanner::lineStartsRecord(qsizetype lineStart, qsizetype nl, qsizetype textEnd)
{
    m_head.read = false;
    if (fileOffset(lineStart) == m_request.from)
        return true;
    const QByteArrayView line(m_buf.data() + lineStart, textEnd - lineStart);
    if (!m_options.collectStats || nl < 0 || line.size() > FoldedRecord::kStartBytes)
        return FoldedRecord::startsRecord(*m_request.format, line);
    m_head.read = m_request.format->startsRecordWithTimeLevel(line, m_head.time, m_head.level, *m_request.context);
    return m_head.read;
}

qsizetype ChunkScanner::lineStartOf(qsizetype at) const
{
    const char *begin = m_buf.data() + m_pos;
    const void *nl = ::memrchr(begin, '\n', static_cast<std::size_t>(at - m_pos));
    return nl ? static_cast<const char *>(nl) - m_buf.data() + 1 : m_pos;
}

bool ChunkScanner::lineReadable(qsizetype line)
{
    return m_eof || m_fill - line >= FoldedRecord::kStartBytes
        || findNewline(m_buf.data() + line, m_buf.data() + m_fill) != nullptr;
}

bool ChunkScanner::startsAt(qsizetype line)
{
    const char *nl = findNewline(m_buf.data() + line, m_buf.data() + m_fill);
    const qsizetype nlIndex = nl ? nl - m_buf.data() : -1;
    return lineStartsRecord(line, nlIndex, nl ? nlIndex : m_fill);
}

void ChunkScanner::countLines(qsizetype to, bool starts)
{
    FilterChunk &chunk = *m_chunk;
    forEachNewline(m_buf.data() + m_pos, static_cast<std::size_t>(to - m_pos), [&](std::size_t) { noteLine(starts); });
    m_pos = to;
    chunk.endByte = fileOffset(m_pos);
}

ChunkScanner::Sparse ChunkScanner::sparseStep(qint64 end)
{
    if (fileOffset(m_pos) >= end || (m_pos == m_fill && !refill(m_pos)))
        return Sparse::ScanRecord; // the chunk's last record, or the end of the data
    // Buffer indices: lines that start before `limit` are the chunk's;
    // lines before `whole` have their '\n' in the buffer.
    const qsizetype limit = static_cast<qsizetype>(std::min<qint64>(m_fill, end - m_bufOffset));
    const char *lastNl = static_cast<const char *>(
        ::memrchr(m_buf.data() + m_pos, '\n', static_cast<std::size_t>(m_fill - m_pos)));
    const qsizetype whole = lastNl ? lastNl - m_buf.data() + 1 : m_pos;
    const qsizetype hit = m_request.query.findCandidate(QByteArrayView(m_buf.data(), m_fill), m_pos);
    const qsizetype candidateLine = hit >= 0 ? lineStartOf(hit) : -1;
    const bool candidate = candidateLine >= 0 && candidateLine < limit;
    qsizetype line; // the line whose record is looked for
    if (candidate) {
        if (!lineReadable(candidateLine))
            return refill(m_pos) ? Sparse::Counted : Sparse::ScanRecord;
        line = candidateLine;
    } else {
        const qsizetype last = std::min(whole, limit);
        if (last <= m_pos) // not one whole line of the chunk in the buffer
            return (m_fill - m_pos < FoldedRecord::kStartBytes && refill(m_pos)) ? Sparse::Counted : Sparse::ScanRecord;
        line = lineStartOf(last - 1);
    }
    // Test lines backwards for the record's first line.
    qsizetype at = line;
    bool found = false;
    for (;;) {
        found = (at == m_pos && m_posStarts) || startsAt(at);
        if (found || at == m_pos)
            break;
        at = lineStartOf(at - 1);
    }
    if (!found) {
        // m_pos .. line go on with a record of an earlier chunk, which scans them.
        const char *nl = findNewline(m_buf.data() + line, m_buf.data() + m_fill);
        if (!nl)
            return Sparse::ScanRecord;
        countLines(nl - m_buf.data() + 1, false);
        return Sparse::Counted;
    }
    if (candidate) {
        countLines(at, true);
        m_posStarts = true;
        return Sparse::ScanRecord;
    }
    if (at == m_pos)
        return Sparse::ScanRecord; // one record fills the buffer: scan it line by line
    countLines(at, true);
    m_posStarts = true;
    return refill(m_pos) ? Sparse::Counted : Sparse::ScanRecord;
}

void ChunkScanner::handleLine(qsizetype nl, bool inChunk, bool starts)
{
    FilterChunk &chunk = *m_chunk;
    if (starts) {
        endRecord();
        beginRecord(chunk.lineCount, nl);
    } else {
        m_recOneLine = false;
    }
    if (inChunk)
        noteLine(starts);
    else
        ++chunk.tailLines;
    if (nl >= 0)
        m_pos = nl + 1;
    else if (m_eof)
        m_pos = m_fill;
    else
        skipLongLine();
    if (inChunk && m_index && (m_pos > 0 && m_buf[static_cast<std::size_t>(m_pos - 1)] == '\n'))
        m_index->lineEnds.append(fileOffset(m_pos));
}

qint64 ChunkScanner::statsLane(qint64 end)
{
    FilterChunk &chunk = *m_chunk;
    const char *const buf = m_buf.data();
    const qint64 stop = std::min(end, m_request.to);
    if (fileOffset(m_pos) == m_request.from)
        return 0; // starts a record whatever it holds: handleLine()'s
    const TimeContext &context = *m_request.context;
    qint64 lines = 0;
    while (lines < 4096 && fileOffset(m_pos) < stop) {
        const char *nl = findNewline(buf + m_pos, buf + m_fill);
        if (!nl || nl - (buf + m_pos) > FoldedRecord::kStartBytes)
            break;
        const QByteArrayView line(buf + m_pos, nl - (buf + m_pos));
        m_head.read = m_request.format->startsRecordWithTimeLevel(line, m_head.time, m_head.level, context);
        if (m_head.read) {
            m_recActive = m_recCounted = true;
            m_recHead = m_head;
            countRecord(line);
        }
        noteLine(m_head.read);
        m_pos = nl + 1 - buf;
        if (m_index)
            m_index->lineEnds.append(fileOffset(m_pos));
        ++lines;
    }
    if (lines > 0)
        chunk.endByte = fileOffset(m_pos);
    return lines;
}

std::expected<FilterChunk, QString> ChunkScanner::scan(qint64 begin, qint64 end, const std::atomic<bool> &cancel,
                                                       bool &stoppedEarly)
{
    FilterChunk chunk;
    m_chunk = &chunk;
    m_fill = m_pos = 0;
    m_newlineSearch = {};
    m_candidateFill = -1;
    m_eof = m_truncated = m_recActive = m_overflowed = m_recCounted = m_anyContinuation = m_posStarts = false;
    m_error.clear();
    stoppedEarly = false;
    chunk.beginByte = chunk.endByte = end;
    if (alignStart(begin, end)) {
        chunk.beginByte = chunk.endByte = fileOffset(m_pos);
        if (m_options.buildIndex)
            m_index = std::make_shared<IndexChunk>(chunk.beginByte);
        qint64 linesSinceCheck = 0;
        for (;;) {
            if (m_statsOnly && (!m_recActive || m_recCounted)) {
                linesSinceCheck += statsLane(end);
                if (linesSinceCheck >= 4096) {
                    linesSinceCheck = 0;
                    if (cancel.load(std::memory_order_relaxed)) {
                        stoppedEarly = true;
                        return chunk;
                    }
                }
            }
            if (m_sparse && !m_recActive) {
                if (cancel.load(std::memory_order_relaxed)) {
                    stoppedEarly = true;
                    return chunk;
                }
                if (sparseStep(end) == Sparse::Counted)
                    continue;
            }
            const qint64 lineOffset = fileOffset(m_pos);
            if (lineOffset >= m_request.to || (m_pos == m_fill && !refill(m_pos)))
                break;
            const qsizetype nl = lineEnd();
            const qsizetype textEnd = nl >= 0 ? nl : m_fill;
            const bool inChunk = lineOffset < end;
            const bool knownStart = m_posStarts;
            m_posStarts = false;
            const bool starts = knownStart || lineStartsRecord(m_pos, nl, textEnd);
            if (!inChunk && (starts || !m_recActive))
                break;
            if (m_sparse && starts && m_recActive) {
                endRecord(); // back to counting, from this line on
                m_posStarts = true;
                continue;
            }
            handleLine(nl, inChunk, starts);
            if (inChunk)
                chunk.endByte = fileOffset(m_pos);
            if (++linesSinceCheck >= 4096) {
                linesSinceCheck = 0;
                if (cancel.load(std::memory_order_relaxed)) {
                    stoppedEarly = true;
                    return chunk;
                }
            }
        }
        endRecord();
        if (m_index) {
            m_index->endByte = chunk.endByte;
            m_index->lineEnds.squeeze();
            chunk.index = std::move(m_index);
        }
    }
    m_chunk = nullptr;
    if (!m_error.isEmpty())
        return std::unexpected(m_error);
    if (!m_anyContinuation)
        chunk.recordStarts = {};
    else
        chunk.recordStarts.shrink_to_fit();
    chunk.matches.shrink_to_fit();
    chunk.timeline.finish();
    stoppedEarly = m_truncated;
    return chunk;
}
