// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordindex.h"

#include "filter/foldedrecord.h"
#include "index/logfile.h"

#include <bit>

RecordIndex::RecordIndex(LogFile *file, const FilterRunner *shared, QObject *parent)
    : QObject(parent)
    , m_file(file)
    , m_ownScan(shared ? nullptr : std::make_unique<FilterRunner>(file))
    , m_scan(shared ? shared : m_ownScan.get())
{
    connect(m_scan, &FilterRunner::finished, this, &RecordIndex::classifyTail);
    connect(m_scan, &FilterRunner::chunkArrived, this, &RecordIndex::onChunk);
    connect(m_scan, &FilterRunner::restarted, this, &RecordIndex::onRestarted);
    if (m_ownScan) {
        FilterOptions options;
        options.chunkBytes = kChunkBytes;
        options.collectMatches = false; // only FilterChunk::recordStarts is read
        m_ownScan->setOptions(options);
        m_ownScan->start({});
    }
    // After the runner's own handlers (connected in its constructor), which restart the scan.
    connect(file, &LogFile::linesAdded, this, &RecordIndex::classifyHead);
    connect(file, &LogFile::formatChanged, this, &RecordIndex::classifyHead);
}

void RecordIndex::setScanOptions(const FilterOptions &options)
{
    if (!m_ownScan)
        return;
    FilterOptions scan = options;
    scan.collectMatches = false;
    m_ownScan->setOptions(scan);
    m_ownScan->start({});
}

qint64 RecordIndex::recordsBelow(qint64 lines) const
{
    lines = std::clamp<qint64>(lines, 0, m_scannedLines);
    return lines - m_continuations.countBelow(lines);
}

qint64 RecordIndex::startLine(qint64 record) const
{
    // The record-th line that is not a continuation: record + k, where k
    // counts the continuation lines C[j] with C[j] - j <= record (C[j] - j
    // never decreases, so a binary search finds k).
    qint64 low = 0;
    qint64 high = m_continuations.size();
    while (low < high) {
        const qint64 mid = low + (high - low) / 2;
        if (m_continuations.line(mid) - mid <= record)
            low = mid + 1;
        else
            high = mid;
    }
    return record + low;
}

qint64 RecordIndex::recordOf(qint64 line) const
{
    return line + 1 - m_continuations.countBelow(line + 1) - 1;
}

void RecordIndex::onChunk(const FilterChunk &chunk)
{
    const qint64 scanned = chunk.firstLine + chunk.lineCount;
    if (scanned <= m_scannedLines)
        return; // classified here already (classifyHead(), classifyTail())
    if (!chunk.recordStarts.empty()) {
        for (std::size_t word = 0; word < chunk.recordStarts.size(); ++word) {
            quint64 continuing = ~chunk.recordStarts[word];
            while (continuing != 0) {
                const auto bit = static_cast<qint64>(word * 64) + std::countr_zero(continuing);
                continuing &= continuing - 1;
                if (bit >= chunk.lineCount)
                    break;
                if (chunk.firstLine + bit >= m_scannedLines) // the lines below are known already
                    m_continuations.append(chunk.firstLine + bit);
            }
        }
    }
    m_scannedLines = scanned;
    Q_EMIT recordsAdded();
}

void RecordIndex::onRestarted()
{
    m_continuations.clear();
    m_scannedLines = 0;
    Q_EMIT reset();
    classifyHead();
}

void RecordIndex::classifyTail()
{
    if (m_scan->isScanning() || !m_file)
        return;
    classifyLines(std::min(m_file->lineCount(), m_scannedLines + kMaxTailLines));
}

void RecordIndex::classifyHead()
{
    if (m_file && m_scannedLines < kHeadLines)
        classifyLines(std::min(m_file->lineCount(), kHeadLines));
}

void RecordIndex::classifyLines(qint64 end)
{
    const LogFormatPtr format = m_file ? m_file->format() : nullptr;
    if (!format || end <= m_scannedLines)
        return;
    for (qint64 line = m_scannedLines; line < end; ++line) {
        const QByteArray bytes = m_file->lineBytes(line, FoldedRecord::kStartBytes);
        if (line > 0 && !FoldedRecord::startsRecord(*format, bytes))
            m_continuations.append(line);
    }
    m_scannedLines = end;
    Q_EMIT recordsAdded();
}
