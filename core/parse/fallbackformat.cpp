// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fallbackformat.h"

#include "parse/formatregistry.h"

#include <algorithm>

FallbackFormat::FallbackFormat(LogFormatPtr primary, std::vector<LogFormatPtr> others)
    : m_primary(std::move(primary))
    , m_others(std::move(others))
    , m_foldsForeignLines(m_primary->name() == u"json")
{
    const auto alreadyRead = [this](const LogFormat &format) {
        if (format.sameTimeLevelAs(*m_primary))
            return true;
        return std::any_of(m_timeReaders.begin(), m_timeReaders.end(),
                           [&](const LogFormatPtr &reader) { return format.sameTimeLevelAs(*reader); });
    };
    for (const LogFormatPtr &format : m_others)
        if (!alreadyRead(*format))
            m_timeReaders.push_back(format);
}

namespace {

/// startsRecord() asks whether another format reads a time under a fixed
/// zone: no zone look-ups, and the same answer for every file.
const TimeContext &anyTime()
{
    static const TimeContext context(0, QTimeZone(QTimeZone::UTC));
    return context;
}

/// A line of the JSON primary's own (startsRecord() is true for it).
bool isJsonLine(QByteArrayView line)
{
    // line.trimmed().startsWith('{'), without trimming the end.
    qsizetype i = 0;
    while (i < line.size() && (line[i] == ' ' || (line[i] >= '\t' && line[i] <= '\r')))
        ++i;
    return i < line.size() && line[i] == '{';
}

} // namespace

LogFormatPtr FallbackFormat::wrap(const LogFormatPtr &primary)
{
    if (!primary || primary->name() == u"plain" || dynamic_cast<const FallbackFormat *>(primary.get()))
        return primary;
    std::vector<LogFormatPtr> others;
    const FormatRegistry builtins;
    for (const LogFormatPtr &format : builtins.formats())
        if (format->name() != primary->name() && format->name() != u"plain")
            others.push_back(format);
    return std::make_shared<FallbackFormat>(primary, std::move(others));
}

QString FallbackFormat::name() const
{
    return m_primary->name();
}

QString FallbackFormat::description() const
{
    return m_primary->description();
}

int FallbackFormat::specificity() const
{
    return m_primary->specificity();
}

bool FallbackFormat::startsRecord(QByteArrayView line) const
{
    if (!m_primary->startsRecord(line))
        return false;
    if (!m_foldsForeignLines)
        return true;
    // JSON lets any non-JSON line start a record; keep that for lines another
    // format reads (an access or text line), and fold the rest, such as an
    // exception's first line, into the record above.
    if (isJsonLine(line))
        return true;
    return anyOtherReadsTime(line);
}

bool FallbackFormat::anyOtherReadsTime(QByteArrayView line) const
{
    struct Hint
    {
        const FallbackFormat *owner = nullptr;
        std::size_t reader = 0;
    };
    thread_local Hint hint;
    const auto readsTime = [&](std::size_t i) {
        TimeNs time = kNoTime;
        Level level = Level::Unknown;
        return m_timeReaders[i]->extractTimeLevel(line, time, level, anyTime()) && time != kNoTime;
    };
    const std::size_t first = hint.owner == this ? hint.reader : 0;
    if (first < m_timeReaders.size() && readsTime(first))
        return true;
    for (std::size_t i = 0; i < m_timeReaders.size(); ++i) {
        if (i != first && readsTime(i)) {
            hint = Hint{this, i};
            return true;
        }
    }
    return false;
}

FallbackFormat::ForeignReading FallbackFormat::readForeign(QByteArrayView line, const TimeContext &ctx) const
{
    ForeignReading reading;
    for (const LogFormatPtr &reader : m_timeReaders) {
        TimeNs time = kNoTime;
        Level level = Level::Unknown;
        if (!reader->extractTimeLevel(line, time, level, ctx))
            continue;
        if (!reading.read)
            reading = ForeignReading{true, false, time, level};
        if (time != kNoTime) {
            reading.hasTime = true;
            break;
        }
    }
    return reading;
}

bool FallbackFormat::startsRecordWithTimeLevel(QByteArrayView line, TimeNs &time, Level &level,
                                               const TimeContext &ctx) const
{
    if (!m_foldsForeignLines)
        return LogFormat::startsRecordWithTimeLevel(line, time, level, ctx);
    if (isJsonLine(line)) { // the JSON primary starts a record with it
        time = kNoTime;
        level = Level::Unknown;
        extractTimeLevel(line, time, level, ctx);
        return true;
    }
    if (!m_primary->startsRecord(line))
        return false;
    const ForeignReading reading = readForeign(line, ctx);
    if (!reading.hasTime)
        return false;
    // extractTimeLevel() would end at the same reader: the JSON primary
    // reads no line that is not JSON.
    time = reading.time;
    level = reading.level;
    return true;
}

bool FallbackFormat::parse(QByteArrayView line, Record &out, const TimeContext &ctx) const
{
    if (m_primary->parse(line, out, ctx))
        return true;
    for (const LogFormatPtr &format : m_others)
        if (format->parse(line, out, ctx))
            return true;
    setPlain(line, out);
    return false;
}

bool FallbackFormat::extractTimeLevel(QByteArrayView line, TimeNs &time, Level &level, const TimeContext &ctx) const
{
    return m_primary->extractTimeLevel(line, time, level, ctx) || extractByOthers(line, time, level, ctx);
}

bool FallbackFormat::extractByOthers(QByteArrayView line, TimeNs &time, Level &level, const TimeContext &ctx) const
{
    for (const LogFormatPtr &reader : m_timeReaders) {
        time = kNoTime;
        level = Level::Unknown;
        if (reader->extractTimeLevel(line, time, level, ctx))
            return true;
    }
    time = kNoTime;
    level = Level::Unknown;
    return false;
}

bool FallbackFormat::extractField(QByteArrayView line, QByteArrayView name, QByteArray &value,
                                  const TimeContext &ctx) const
{
    // The primary's fast path first; otherwise the full parse above, which
    // also covers lines of the other formats.
    return m_primary->extractField(line, name, value, ctx) || LogFormat::extractField(line, name, value, ctx);
}
