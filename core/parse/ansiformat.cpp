// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/ansiformat.h"

#include "parse/ansi.h"

namespace {

/// The stripped line, in a buffer per thread (the fast paths never allocate
/// once it has grown).
QByteArrayView strippedLine(QByteArrayView line)
{
    thread_local QByteArray buffer;
    return Ansi::stripInto(line, buffer);
}

} // namespace

AnsiFormat::AnsiFormat(LogFormatPtr inner)
    : m_inner(std::move(inner))
{
}

LogFormatPtr AnsiFormat::wrap(const LogFormatPtr &inner)
{
    if (!inner || dynamic_cast<const AnsiFormat *>(inner.get()))
        return inner;
    return std::make_shared<AnsiFormat>(inner);
}

QString AnsiFormat::name() const
{
    return m_inner->name();
}

QString AnsiFormat::description() const
{
    return m_inner->description();
}

int AnsiFormat::specificity() const
{
    return m_inner->specificity();
}

bool AnsiFormat::parse(QByteArrayView line, Record &out, const TimeContext &ctx) const
{
    if (!Ansi::contains(line))
        return m_inner->parse(line, out, ctx);
    out.storage = Ansi::stripped(line);
    return m_inner->parse(out.storage, out, ctx);
}

bool AnsiFormat::extractTimeLevel(QByteArrayView line, TimeNs &time, Level &level, const TimeContext &ctx) const
{
    return m_inner->extractTimeLevel(Ansi::contains(line) ? strippedLine(line) : line, time, level, ctx);
}

bool AnsiFormat::extractField(QByteArrayView line, QByteArrayView name, QByteArray &value, const TimeContext &ctx) const
{
    return m_inner->extractField(Ansi::contains(line) ? strippedLine(line) : line, name, value, ctx);
}

bool AnsiFormat::startsRecord(QByteArrayView line) const
{
    return m_inner->startsRecord(Ansi::contains(line) ? strippedLine(line) : line);
}

bool AnsiFormat::startsRecordWithTimeLevel(QByteArrayView line, TimeNs &time, Level &level,
                                           const TimeContext &ctx) const
{
    return m_inner->startsRecordWithTimeLevel(Ansi::contains(line) ? strippedLine(line) : line, time, level, ctx);
}
