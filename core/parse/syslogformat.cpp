// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/syslogformat.h"

#include "parse/levelnames.h"
#include "parse/syslogpriority.h"
#include "parse/timeparser.h"

#include <QCoreApplication>

struct SyslogFormat::Parts
{
    QByteArrayView priority, host, program, pid, message;
    TimeNs time = kNoTime;
    Level level = Level::Unknown;
};

namespace {

/// Splits "program[pid]:" / "program:"; false when @p tag is no tag.
bool splitTag(QByteArrayView tag, QByteArrayView &program, QByteArrayView &pid)
{
    if (tag.size() < 2 || tag.back() != ':')
        return false;
    tag.chop(1);
    if (tag.endsWith(']')) {
        const qsizetype open = tag.lastIndexOf('[');
        if (open <= 0)
            return false;
        program = tag.first(open);
        pid = tag.sliced(open + 1, tag.size() - open - 2);
        return true;
    }
    program = tag;
    return true;
}

/// rsyslog's high-precision stamp: 'T' and an explicit zone.
bool isRfc3339(QByteArrayView stamp)
{
    return stamp.size() > 19 && stamp[10] == 'T'
        && (stamp.back() == 'Z' || stamp.sliced(19).contains('+') || stamp.sliced(19).contains('-'));
}

/// Whether the stamp rest.first(n) is the classic "Oct 11 22:14:15" (no
/// fraction) followed by one space: a line without a "tag:" needs that to
/// count as syslog, else "Mar 24 15:17:38.999  0264F I msg" would be too.
bool isClassicStamp(QByteArrayView rest, qsizetype n)
{
    const QByteArrayView stamp = rest.first(n);
    return !stamp.contains('.') && !stamp.contains(',') && (n + 1 >= rest.size() || rest[n + 1] != ' ');
}

QByteArrayView nextToken(QByteArrayView s, qsizetype &pos)
{
    while (pos < s.size() && s[pos] == ' ')
        ++pos;
    const qsizetype start = pos;
    while (pos < s.size() && s[pos] != ' ')
        ++pos;
    return s.sliced(start, pos - start);
}

} // namespace

QString SyslogFormat::name() const
{
    return QStringLiteral("syslog-rfc3164");
}

QString SyslogFormat::description() const
{
    return QCoreApplication::translate("SyslogFormat", "BSD syslog (RFC 3164): Oct 11 22:14:15 host program[pid]: message");
}

bool SyslogFormat::mayStartWithStamp(QByteArrayView line)
{
    // What split() reads first: "<PRI>", a month name, or the rsyslog stamp.
    if (line.isEmpty())
        return false;
    const char c = line.front();
    return c == '<' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (line.size() > 19 && line[10] == 'T');
}

bool SyslogFormat::split(QByteArrayView line, Parts &p, const TimeContext &ctx)
{
    qsizetype pos = SyslogPriority::read(line, p.level);
    if (pos > 0)
        p.priority = line.sliced(1, pos - 2);
    const QByteArrayView rest = line.sliced(pos);
    bool iso = false;
    // A month name first, or no "Oct 11 22:14:15" (cheap: asked of every line of a mixed file).
    const bool monthFirst = !rest.isEmpty() && ((rest[0] >= 'A' && rest[0] <= 'Z') || (rest[0] >= 'a' && rest[0] <= 'z'));
    int n = monthFirst ? TimeParser::parse(TimeLayout::Syslog, rest, ctx, p.time) : 0;
    if (n == 0) {
        if (rest.size() <= 19 || rest[10] != 'T')
            return false; // not the rsyslog stamp below: no need to read it
        n = TimeParser::parse(TimeLayout::Iso, rest, ctx, p.time);
        if (n > 0 && !isRfc3339(rest.first(n)))
            return false;
        iso = n > 0;
    }
    if (n == 0 || static_cast<qsizetype>(n) >= rest.size() || rest[n] != ' ')
        return false;
    pos += n;
    const QByteArrayView first = nextToken(line, pos);
    if (first.isEmpty() || LevelNames::parseWord(first) != Level::Unknown)
        return false;
    if (splitTag(first, p.program, p.pid)) {
        if (iso)
            return false; // an ISO stamp needs "host tag:" to tell it from text logs
        // "Oct 11 22:14:15 kernel: ..." without a host.
    } else {
        p.host = first;
        qsizetype tagEnd = pos;
        const QByteArrayView tag = nextToken(line, tagEnd);
        if (splitTag(tag, p.program, p.pid))
            pos = tagEnd;
        else if (iso || !isClassicStamp(rest, n))
            return false;
    }
    while (pos < line.size() && line[pos] == ' ')
        ++pos;
    p.message = line.sliced(pos);
    return true;
}

bool SyslogFormat::startsRecord(QByteArrayView line) const
{
    line = chomp(line);
    qsizetype pos = 0;
    Level ignored = Level::Unknown;
    pos = SyslogPriority::read(line, ignored);
    const QByteArrayView rest = line.sliced(pos);
    if (rest.size() < 15)
        return false;
    TimeNs t = kNoTime;
    static const TimeContext utc(0, QTimeZone(QTimeZone::UTC));
    return TimeParser::parse(TimeLayout::Syslog, rest, utc, t) > 0 || TimeParser::parse(TimeLayout::Iso, rest, utc, t) > 0;
}

bool SyslogFormat::extractTimeLevel(QByteArrayView line, TimeNs &time, Level &level, const TimeContext &ctx) const
{
    line = chomp(line);
    if (!mayStartWithStamp(line))
        return false; // asked of every line of a mixed file
    Parts p;
    if (!split(line, p, ctx))
        return false;
    time = p.time;
    level = p.level;
    return true;
}

bool SyslogFormat::parse(QByteArrayView line, Record &out, const TimeContext &ctx) const
{
    setPlain(line, out);
    Parts p;
    if (!split(out.raw, p, ctx))
        return false;
    out.time = p.time;
    out.level = p.level;
    out.message = p.message;
    addField(out, "priority", p.priority);
    addField(out, "host", p.host);
    addField(out, "program", p.program);
    addField(out, "pid", p.pid);
    addField(out, "source", p.program.isEmpty() ? p.host : p.program);
    return true;
}
