// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "compress/bytesink.h"
#include "export/exportbuffer.h"
#include "export/recordformatter.h"
#include "filter/filterengine.h"

#include <QBuffer>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace {

constexpr qint64 kBlockBytes = 1024 * 1024;

/// Writes the matches of one source's chunks; the first failure sticks.
class SourceWriter
{
public:
    SourceWriter(const ExportSource &source, RecordFormatter &formatter, ByteSink &sink, bool rawCopy)
        : m_source(source)
        , m_formatter(formatter)
        , m_rawCopy(rawCopy)
        , m_out(&sink)
    {
    }

    /// Writes the chunk's matches; false on an error, or when the source
    /// ended before them (the records read whole are written).
    bool write(const FilterChunk &chunk);
    bool flush();
    const QString &error() const { return m_error; }
    ExportBuffer &out() { return m_out; }
    qint64 records() const { return m_records; }
    qint64 lastRecordEnd() const { return m_lastRecordEnd; }
    /// Where the source's data ended, when it turned out shorter than the
    /// records the filter had found (truncated meanwhile); -1 otherwise.
    qint64 shrankAt() const { return m_shrankAt; }

private:
    /// Reads [begin, end) into m_buffer; false on a read error, or when the
    /// data ends first (m_buffer then holds what there was).
    bool read(qint64 begin, qint64 end);
    /// How many of ranges [i, j) m_buffer holds whole (after a short read).
    std::size_t wholeRanges(const std::vector<ByteRange> &ranges, std::size_t i, std::size_t j) const;
    /// Copies the record @p range, longer than a block, a block at a time
    /// (raw without redaction); returns the bytes copied, fewer when the
    /// data ended first (then up to there) or on a read error.
    qint64 copyLong(ByteRange range);
    /// Hands the output to the sink once it is big; false on a write error.
    bool flushIfFull();
    /// @p ok, after taking the output's write error when it is false.
    bool noteOutput(bool ok);

    const ExportSource &m_source;
    RecordFormatter &m_formatter;
    bool m_rawCopy; // raw without redaction: adjacent records copied as one block
    QByteArray m_buffer;
    ExportBuffer m_out;
    QString m_error;
    qint64 m_records = 0;
    qint64 m_lastRecordEnd = -1;
    qint64 m_shrankAt = -1;
};

bool SourceWriter::read(qint64 begin, qint64 end)
{
    m_buffer.resize(static_cast<qsizetype>(end - begin));
    qint64 done = 0;
    while (done < end - begin) {
        const ssize_t got = ::pread(m_source.fd, m_buffer.data() + done, static_cast<std::size_t>(end - begin - done), begin + done);
        if (got < 0 && errno == EINTR)
            continue;
        if (got == 0) {
            m_shrankAt = begin + done;
            m_buffer.resize(static_cast<qsizetype>(done));
            return false;
        }
        if (got < 0) {
            m_error = Exporter::tr("reading “%1” failed at byte %2: %3").arg(m_source.name).arg(begin + done).arg(QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        done += got;
    }
    return true;
}

std::size_t SourceWriter::wholeRanges(const std::vector<ByteRange> &ranges, std::size_t i, std::size_t j) const
{
    const qint64 readEnd = ranges[i].begin + m_buffer.size();
    std::size_t whole = i;
    while (whole < j && ranges[whole].end <= readEnd)
        ++whole;
    return whole;
}

qint64 SourceWriter::copyLong(ByteRange range)
{
    qint64 at = range.begin;
    while (at < range.end) {
        const bool whole = read(at, std::min(range.end, at + kBlockBytes));
        if (!whole && m_shrankAt < 0)
            break; // a read error
        m_out.append(m_buffer);
        at += m_buffer.size();
        if (!whole || !flushIfFull())
            break;
    }
    return at - range.begin;
}

bool SourceWriter::write(const FilterChunk &chunk)
{
    const std::vector<ByteRange> &ranges = chunk.byteRanges;
    std::size_t i = 0;
    while (i < ranges.size()) {
        if (m_rawCopy && ranges[i].end - ranges[i].begin > kBlockBytes) {
            const qint64 copied = copyLong(ranges[i]);
            if (copied > 0) {
                ++m_records;
                m_lastRecordEnd = ranges[i].begin + copied;
            }
            if (copied < ranges[i].end - ranges[i].begin)
                return false;
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        while (m_rawCopy && j < ranges.size() && ranges[j].begin == ranges[j - 1].end && ranges[j].end - ranges[i].begin <= kBlockBytes)
            ++j;
        const bool whole = read(ranges[i].begin, ranges[j - 1].end);
        if (!whole) {
            if (m_shrankAt < 0)
                return false; // a read error
            j = wholeRanges(ranges, i, j); // the record cut by the end is left out
            if (j == i)
                return false;
            m_buffer.truncate(static_cast<qsizetype>(ranges[j - 1].end - ranges[i].begin));
        }
        if (m_rawCopy)
            m_out.append(m_buffer);
        else
            m_formatter.append(m_out, m_buffer, chunk.matchLine(static_cast<qsizetype>(i)) + 1);
        m_records += static_cast<qint64>(j - i);
        m_lastRecordEnd = ranges[j - 1].end;
        if (!flushIfFull())
            return false;
        if (!whole)
            return false;
        i = j;
    }
    return true;
}

bool SourceWriter::flushIfFull()
{
    return noteOutput(m_out.flushIfFull());
}

bool SourceWriter::flush()
{
    return noteOutput(m_out.flush());
}

bool SourceWriter::noteOutput(bool ok)
{
    if (!ok)
        m_error = m_out.error();
    return ok;
}

} // namespace

Exporter::Exporter(const ExportOptions &options, Redactor redactor)
    : m_options(options)
    , m_redactor(std::move(redactor))
{
}

std::expected<Exporter, QString> Exporter::create(const ExportOptions &options)
{
    auto redactor = Redactor::create(options.redact, options.redactPatterns);
    if (!redactor)
        return std::unexpected(redactor.error());
    return Exporter(options, std::move(*redactor));
}

std::expected<ExportReport, QString> Exporter::write(const std::vector<ExportSource> &sources, QIODevice &device,
                                                     const std::atomic<bool> &cancel, const ExportProgress &progress) const
{
    auto sink = ByteSink::create(&device, m_options.sink);
    if (!sink)
        return std::unexpected(sink.error());
    qint64 total = 0;
    for (const ExportSource &source : sources)
        total += source.to - source.from;
    ExportReport report;
    qint64 before = 0; // bytes of the sources done
    bool headerDone = false;
    for (const ExportSource &source : sources) {
        RecordFormatter formatter(m_options, m_redactor, *source.format, source.context, sources.size() > 1 ? source.name : QString());
        SourceWriter writer(source, formatter, **sink, m_options.format == ExportFormat::Raw && !m_redactor.isActive());
        if (!headerDone) {
            writer.out().append(formatter.header());
            headerDone = true;
        }
        FilterRequest request{source.fd, source.from, source.to, source.firstLine, source.format.get(), &source.context, source.query};
        FilterOptions options;
        options.collectRanges = true;
        options.allRecordStarts = false;
        // Stops the scan on a cancel or a write error, seen once per chunk.
        std::atomic<bool> stop = cancel.load();
        const auto scanned = runFilter(request, options, stop, [&](FilterChunk &&chunk) {
            if (!writer.error().isEmpty() || writer.shrankAt() >= 0 || cancel.load() || !source.query.tooExpensiveError().isEmpty()) {
                stop = true;
                return;
            }
            writer.write(chunk);
            if (progress)
                progress(before + chunk.endByte - source.from, total);
        });
        if (cancel.load())
            return std::unexpected(tr("The export was cancelled."));
        if (!writer.error().isEmpty())
            return std::unexpected(writer.error());
        if (const QString tooExpensive = source.query.tooExpensiveError(); !tooExpensive.isEmpty())
            return std::unexpected(tooExpensive);
        if (!scanned)
            return std::unexpected(tr("reading “%1” failed: %2").arg(source.name, scanned.error()));
        if (!writer.flush() || !writer.error().isEmpty())
            return std::unexpected(writer.error());
        report.records += writer.records();
        report.lastRecordEnd = writer.lastRecordEnd();
        if (const qint64 dataEnd = writer.shrankAt() >= 0 ? writer.shrankAt() : scanned->endByte; dataEnd < source.to)
            report.warnings << tr("“%1” shrank while it was exported: the export ends where its data ended, at byte %2 of %3.")
                                   .arg(source.name)
                                   .arg(dataEnd)
                                   .arg(source.to);
        before += source.to - source.from;
    }
    if (auto finished = (*sink)->finish(); !finished)
        return std::unexpected(finished.error());
    report.bytesWritten = (*sink)->bytesOut();
    return report;
}

std::expected<ExportReport, QString> Exporter::writeFile(const std::vector<ExportSource> &sources, const QString &path,
                                                         const std::atomic<bool> &cancel, const ExportProgress &progress) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(tr("Cannot write “%1”: %2. Choose another folder or file name.").arg(path, file.errorString()));
    auto report = write(sources, file, cancel, progress);
    if (!report) {
        file.cancelWriting();
        return std::unexpected(cancel.load() ? report.error() : tr("Writing “%1” failed: %2. The file was not changed.").arg(path, report.error()));
    }
    if (!file.commit())
        return std::unexpected(tr("Writing “%1” failed: %2. The file was not changed; free some space and try again.").arg(path, file.errorString()));
    return report;
}

std::expected<QByteArray, QString> Exporter::toBytes(const std::vector<ExportSource> &sources) const
{
    Exporter plain = *this;
    plain.m_options.sink.compression = Compression::None;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const std::atomic<bool> cancel = false;
    auto report = plain.write(sources, buffer, cancel);
    if (!report)
        return std::unexpected(report.error());
    return bytes;
}
