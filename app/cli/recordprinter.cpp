// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordprinter.h"

#include "clicommands.h"
#include "loginput.h"

#include "filter/foldedrecord.h"
#include "parse/levelnames.h"
#include "parse/timeparser.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace {
constexpr qint64 kBlockBytes = 1024 * 1024;

void writeOut(QByteArrayView bytes)
{
    std::fwrite(bytes.data(), 1, static_cast<std::size_t>(bytes.size()), stdout);
}
} // namespace

RecordPrinter::RecordPrinter(const LogInput &input, bool jsonl, bool withFileName)
    : m_input(input)
    , m_jsonl(jsonl)
    , m_withFileName(withFileName)
{
}

bool RecordPrinter::read(qint64 begin, qint64 end)
{
    m_buffer.resize(static_cast<qsizetype>(end - begin));
    qint64 done = 0;
    while (done < end - begin) {
        const ssize_t got = ::pread(m_input.fd(), m_buffer.data() + done, static_cast<std::size_t>(end - begin - done), begin + done);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0) {
            m_error = got == 0 ? Cli::tr("“%1” was truncated while reading it").arg(m_input.name())
                               : Cli::tr("reading “%1” failed: %2").arg(m_input.name(), QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        done += got;
    }
    return true;
}

void RecordPrinter::print(const FilterChunk &chunk)
{
    if (!m_error.isEmpty())
        return;
    if (m_jsonl)
        printJson(chunk);
    else
        printRaw(chunk);
}

void RecordPrinter::printRaw(const FilterChunk &chunk)
{
    const std::vector<ByteRange> &ranges = chunk.byteRanges;
    std::size_t i = 0;
    while (i < ranges.size()) {
        // Adjacent matches are read and written as one block.
        std::size_t j = i + 1;
        while (j < ranges.size() && ranges[j].begin == ranges[j - 1].end && ranges[j].end - ranges[i].begin <= kBlockBytes)
            ++j;
        if (!read(ranges[i].begin, ranges[j - 1].end))
            return;
        writeOut(m_buffer);
        i = j;
    }
}

void RecordPrinter::printJson(const FilterChunk &chunk)
{
    for (qsizetype i = 0; i < chunk.matchCount(); ++i) {
        const ByteRange range = chunk.byteRanges[static_cast<std::size_t>(i)];
        if (!read(range.begin, range.end))
            return;
        writeOut(toJson(chunk.matchLine(i) + 1, m_buffer));
    }
}

QByteArray RecordPrinter::toJson(qint64 line, QByteArrayView bytes)
{
    FoldedRecord::parse(m_input.format(), bytes, m_record, m_input.context());
    QJsonObject fields;
    for (const Field &field : m_record.fields)
        fields.insert(QString::fromUtf8(field.name), QString::fromUtf8(field.value));
    QJsonObject object{
        {QStringLiteral("line"), line},
        {QStringLiteral("time"), m_record.time == kNoTime
                                     ? QJsonValue(QJsonValue::Null)
                                     : QJsonValue(QString::fromLatin1(TimeParser::formatIso(m_record.time, m_input.context())))},
        {QStringLiteral("level"), QString::fromLatin1(levelName(m_record.level))},
        {QStringLiteral("message"), QString::fromUtf8(m_record.message)},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("raw"), QString::fromUtf8(m_record.raw)},
    };
    if (m_withFileName)
        object.insert(QStringLiteral("file"), m_input.name());
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}
