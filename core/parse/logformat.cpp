// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/logformat.h"

bool LogFormat::startsRecord(QByteArrayView line) const
{
    return !looksLikeContinuation(line);
}

bool LogFormat::startsRecordWithTimeLevel(QByteArrayView line, TimeNs &time, Level &level,
                                          const TimeContext &ctx) const
{
    if (!startsRecord(line))
        return false;
    time = kNoTime;
    level = Level::Unknown;
    extractTimeLevel(line, time, level, ctx);
    return true;
}

bool LogFormat::sameTimeLevelAs(const LogFormat &) const
{
    return false;
}

bool LogFormat::extractField(QByteArrayView line, QByteArrayView name, QByteArray &value, const TimeContext &ctx) const
{
    // Like the engine's full path, which reads the fields whatever parse() returns.
    Record record;
    parse(line, record, ctx);
    const std::optional<QByteArrayView> found = record.field(name);
    if (!found)
        return false;
    value.assign(*found);
    return true;
}

void LogFormat::addField(Record &out, const char *name, QByteArrayView value)
{
    if (!value.isEmpty())
        out.fields.push_back(Field{QByteArray(name), value.toByteArray()});
}

void LogFormat::setPlain(QByteArrayView line, Record &out)
{
    out.raw = chomp(line);
    out.message = out.raw;
    out.time = kNoTime;
    out.level = Level::Unknown;
    out.fields.clear();
}

bool LogFormat::looksLikeContinuation(QByteArrayView line)
{
    line = chomp(line);
    if (line.isEmpty())
        return true;
    const char c = line.front();
    if (c == ' ' || c == '\t')
        return true;
    // By the first byte: called for every line of a mixed file.
    switch (c) {
    case 'C': return line.startsWith("Caused by:");
    case 'T': return line.startsWith("Traceback (most recent call last)");
    case 'S': return line.startsWith("Suppressed:");
    case '.': return line.startsWith("...") && line.endsWith("more");
    case 'a': return line.startsWith("at ") && line.contains('(');
    default: return false;
    }
}
