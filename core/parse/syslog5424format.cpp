// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/syslog5424format.h"

#include "parse/syslogpriority.h"
#include "parse/timeparser.h"

#include <QCoreApplication>

struct Syslog5424Format::Parts
{
    QByteArrayView priority, host, app, procid, msgid, structuredData, message;
    TimeNs time = kNoTime;
    Level level = Level::Unknown;
};

namespace {

bool field(QByteArrayView s, qsizetype &pos, QByteArrayView &out)
{
    const qsizetype start = pos;
    while (pos < s.size() && s[pos] != ' ')
        ++pos;
    out = s.sliced(start, pos - start);
    if (pos >= s.size() || out.isEmpty())
        return false;
    ++pos;
    if (out == "-")
        out = {};
    return true;
}

/// "-" or one or more "[id param="value" ...]" elements.
bool structuredData(QByteArrayView s, qsizetype &pos, QByteArrayView &out)
{
    const qsizetype start = pos;
    if (pos < s.size() && s[pos] == '-') {
        ++pos;
        out = {};
        return pos >= s.size() || s[pos] == ' ';
    }
    while (pos < s.size() && s[pos] == '[') {
        bool inQuotes = false;
        ++pos;
        while (pos < s.size() && (inQuotes || s[pos] != ']')) {
            if (s[pos] == '\\')
                ++pos;
            else if (s[pos] == '"')
                inQuotes = !inQuotes;
            ++pos;
        }
        if (pos >= s.size())
            return false;
        ++pos;
    }
    out = s.sliced(start, pos - start);
    return !out.isEmpty() && (pos >= s.size() || s[pos] == ' ');
}

} // namespace

QString Syslog5424Format::name() const
{
    return QStringLiteral("syslog-rfc5424");
}

QString Syslog5424Format::description() const
{
    return QCoreApplication::translate("Syslog5424Format", "Syslog RFC 5424: <PRI>1 timestamp host app procid msgid [sd] message");
}

bool Syslog5424Format::split(QByteArrayView line, Parts &p, const TimeContext &ctx, bool full)
{
    qsizetype pos = SyslogPriority::read(line, p.level);
    if (pos == 0 || pos + 2 > line.size() || line[pos] != '1' || line[pos + 1] != ' ')
        return false;
    p.priority = line.sliced(1, pos - 2);
    pos += 2;
    if (pos < line.size() && line[pos] == '-') {
        ++pos;
    } else {
        const int n = TimeParser::parse(TimeLayout::Iso, line.sliced(pos), ctx, p.time);
        if (n == 0)
            return false;
        pos += n;
    }
    if (pos >= line.size() || line[pos] != ' ')
        return false;
    ++pos;
    if (!field(line, pos, p.host) || !field(line, pos, p.app) || !field(line, pos, p.procid)
        || !field(line, pos, p.msgid))
        return false;
    if (!full)
        return true;
    if (!structuredData(line, pos, p.structuredData))
        return false;
    if (pos < line.size())
        ++pos;
    QByteArrayView msg = line.sliced(pos);
    if (msg.startsWith("\xEF\xBB\xBF"))
        msg = msg.sliced(3);
    p.message = msg;
    return true;
}

bool Syslog5424Format::extractTimeLevel(QByteArrayView line, TimeNs &time, Level &level, const TimeContext &ctx) const
{
    if (line.isEmpty() || line.front() != '<')
        return false; // no "<PRI>": asked of every line of a mixed file
    Parts p;
    if (!split(chomp(line), p, ctx, false))
        return false;
    time = p.time;
    level = p.level;
    return true;
}

bool Syslog5424Format::parse(QByteArrayView line, Record &out, const TimeContext &ctx) const
{
    setPlain(line, out);
    Parts p;
    if (!split(out.raw, p, ctx, true))
        return false;
    out.time = p.time;
    out.level = p.level;
    out.message = p.message;
    addField(out, "priority", p.priority);
    addField(out, "host", p.host);
    addField(out, "app", p.app);
    addField(out, "procid", p.procid);
    addField(out, "msgid", p.msgid);
    addField(out, "structured_data", p.structuredData);
    addField(out, "source", p.app.isEmpty() ? p.host : p.app);
    return true;
}
