// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fallbackformat.h"

#include "parse/formatregistry.h"

FallbackFormat::FallbackFormat(LogFormatPtr primary, std::vector<LogFormatPtr> others)
    : m_primary(std::move(primary))
    , m_others(std::move(others))
    , m_foldsForeignLines(m_primary->name() == u"json")
{
}

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
    const QByteArrayView text = line.trimmed();
    if (text.startsWith('{'))
        return true;
    static const TimeContext anyTime(0, QTimeZone(QTimeZone::UTC)); // a fixed zone: no zone look-ups
    for (const LogFormatPtr &format : m_others) {
        TimeNs time = kNoTime;
        Level level = Level::Unknown;
        if (format->extractTimeLevel(line, time, level, anyTime) && time != kNoTime)
            return true;
    }
    return false;
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
    if (m_primary->extractTimeLevel(line, time, level, ctx))
        return true;
    for (const LogFormatPtr &format : m_others) {
        time = kNoTime;
        level = Level::Unknown;
        if (format->extractTimeLevel(line, time, level, ctx))
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
