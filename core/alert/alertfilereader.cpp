// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertfilereader.h"

#include "alertengine.h"

#include "filter/filterengine.h"
#include "filter/foldedrecord.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace {
constexpr qint64 kBlockBytes = 1024 * 1024;
}

AlertFileReader::AlertFileReader(int fd, const LogFormat &format, const TimeContext &context, AlertEngine &engine)
    : m_fd(fd)
    , m_format(format)
    , m_context(context)
    , m_engine(engine)
{
}

void AlertFileReader::restart()
{
    m_carry.clear();
    m_scanned = 0;
    m_readPos = 0;
    m_recordLine = 1;
    m_recordLines = 0;
}

std::expected<qint64, QString> AlertFileReader::readBlock(qint64 at, qint64 length, char *into) const
{
    for (;;) {
        const ssize_t got = ::pread(m_fd, into, static_cast<std::size_t>(length), at);
        if (got >= 0)
            return static_cast<qint64>(got);
        if (errno != EINTR)
            return std::unexpected(QCoreApplication::translate("AlertFileReader", "reading failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
}

std::expected<void, QString> AlertFileReader::read(qint64 to, End end)
{
    while (m_readPos < to) {
        const qint64 length = std::min(kBlockBytes, to - m_readPos);
        const qsizetype old = m_carry.size();
        m_carry.resize(old + static_cast<qsizetype>(length));
        const auto got = readBlock(m_readPos, length, m_carry.data() + old);
        m_carry.resize(old + static_cast<qsizetype>(got.value_or(0)));
        if (!got)
            return std::unexpected(got.error());
        if (*got == 0)
            break;
        m_readPos += *got;
        process(End::HoldLastRecord);
    }
    process(end);
    return {};
}

std::expected<void, QString> AlertFileReader::skipTo(qint64 to)
{
    restart();
    QByteArray block(static_cast<qsizetype>(kBlockBytes), Qt::Uninitialized);
    qint64 at = 0;
    while (at < to) {
        const auto got = readBlock(at, std::min(kBlockBytes, to - at), block.data());
        if (!got)
            return std::unexpected(got.error());
        if (*got == 0)
            break;
        const QByteArrayView view(block.constData(), static_cast<qsizetype>(*got));
        m_recordLine += view.count('\n');
        const qsizetype last = view.lastIndexOf('\n');
        if (last >= 0)
            m_readPos = at + last + 1;
        at += *got;
    }
    return {};
}

void AlertFileReader::process(End end)
{
    // Split the new complete lines; a line that starts a record ends the one before.
    qsizetype recordStart = 0;
    qsizetype lineStart = m_scanned;
    for (qsizetype nl = m_carry.indexOf('\n', lineStart); nl >= 0; nl = m_carry.indexOf('\n', lineStart)) {
        const QByteArrayView line = QByteArrayView(m_carry).sliced(lineStart, nl - lineStart);
        const bool starts = FoldedRecord::startsRecord(m_format, line.endsWith('\r') ? line.chopped(1) : line);
        if (lineStart > recordStart && (starts || lineStart - recordStart > kMaxRecordBytes)) {
            feedRecord(recordStart, lineStart);
            recordStart = lineStart;
        }
        ++m_recordLines;
        lineStart = nl + 1;
    }
    if (end != End::HoldLastRecord && lineStart > recordStart) {
        feedRecord(recordStart, lineStart);
        recordStart = lineStart;
    }
    if (end == End::FlushAll && m_carry.size() > recordStart) {
        m_recordLines = 1;
        feedRecord(recordStart, m_carry.size());
        recordStart = lineStart = m_carry.size();
    }
    m_carry.remove(0, recordStart);
    m_scanned = lineStart - recordStart;
}

void AlertFileReader::feedRecord(qsizetype begin, qsizetype end)
{
    const QByteArrayView bytes = QByteArrayView(m_carry).sliced(begin, std::min<qsizetype>(end - begin, kMaxRecordBytes));
    Record record;
    if (m_engine.needsParsedRecord()) {
        FoldedRecord::parse(m_format, bytes, record, m_context);
    } else {
        record.raw = FoldedRecord::withoutTerminator(bytes);
        m_format.extractTimeLevel(FoldedRecord::firstLine(bytes), record.time, record.level, m_context);
    }
    m_engine.feed(record, m_recordLine);
    m_recordLine += m_recordLines;
    m_recordLines = 0;
}
