// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/accessformat.h"

#include "parse/levelnames.h"
#include "parse/timeparser.h"

#include <QCoreApplication>

#include <cstring>

/// Views into one access-log line.
struct AccessFormat::Parts
{
    QByteArrayView host, ident, user, request, status, bytes, referer, userAgent, extra;
    TimeNs time = kNoTime;
    int statusCode = 0;
};

namespace {

/// Reads a space-terminated token at @p pos; false when empty. The tokens
/// are short: a plain loop beats a memchr call.
bool token(QByteArrayView s, qsizetype &pos, QByteArrayView &out)
{
    const qsizetype start = pos;
    const char *const data = s.data();
    const qsizetype size = s.size();
    while (pos < size && data[pos] != ' ')
        ++pos;
    out = QByteArrayView(data + start, pos - start);
    return pos > start;
}

bool eat(QByteArrayView s, qsizetype &pos, char c)
{
    if (pos < s.size() && s[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

/// A double-quoted string with backslash escapes; @p out is its content.
bool quoted(QByteArrayView s, qsizetype &pos, QByteArrayView &out)
{
    if (!eat(s, pos, '"'))
        return false;
    const qsizetype start = pos;
    while (pos < s.size()) {
        const void *q = std::memchr(s.data() + pos, '"', size_t(s.size() - pos));
        if (!q)
            return false;
        const qsizetype at = static_cast<const char *>(q) - s.data();
        qsizetype slashes = 0;
        while (at - 1 - slashes >= start && s[at - 1 - slashes] == '\\')
            ++slashes;
        pos = at + 1;
        if (slashes % 2 == 0) {
            out = s.sliced(start, at - start);
            return true;
        }
    }
    return false;
}

bool isNumber(QByteArrayView t, int &value)
{
    if (t.isEmpty() || t.size() > 9)
        return false;
    int v = 0;
    for (char c : t) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    value = v;
    return true;
}

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int twoDigits(const char *p)
{
    return (p[0] - '0') * 10 + (p[1] - '0');
}

/// Jan..Dec, ASCII case-insensitive, as TimeParser reads month names; 0 otherwise.
int monthNumber(const char *p)
{
    const auto key = (quint32(quint8(p[0]) | 0x20) << 16) | (quint32(quint8(p[1]) | 0x20) << 8) | quint32(quint8(p[2]) | 0x20);
    switch (key) {
    case 0x6a616e: return 1;  // jan
    case 0x666562: return 2;  // feb
    case 0x6d6172: return 3;  // mar
    case 0x617072: return 4;  // apr
    case 0x6d6179: return 5;  // may
    case 0x6a756e: return 6;  // jun
    case 0x6a756c: return 7;  // jul
    case 0x617567: return 8;  // aug
    case 0x736570: return 9;  // sep
    case 0x6f6374: return 10; // oct
    case 0x6e6f76: return 11; // nov
    case 0x646563: return 12; // dec
    default: return 0;
    }
}

int daysIn(int year, int month)
{
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

} // namespace

int AccessFormat::fastClf(QByteArrayView s, TimeNs &out)
{
    // "dd/Mon/yyyy:HH:MM:SS +hhmm": 26 bytes, not followed by a digit
    // (TimeParser would then drop the zone).
    constexpr qsizetype kLength = 26;
    if (s.size() < kLength || (s.size() > kLength && isDigit(s[kLength])))
        return 0;
    const char *p = s.data();
    static constexpr int kDigitAt[] = {0, 1, 7, 8, 9, 10, 12, 13, 15, 16, 18, 19, 22, 23, 24, 25};
    for (int i : kDigitAt)
        if (!isDigit(p[i]))
            return 0;
    if (p[2] != '/' || p[6] != '/' || p[11] != ':' || p[14] != ':' || p[17] != ':' || p[20] != ' '
        || (p[21] != '+' && p[21] != '-'))
        return 0;
    // Most lines repeat the date of the line before: keep its day number.
    struct DayCache
    {
        char date[11] = {};
        qint64 days = 0;
        bool valid = false;
    };
    thread_local DayCache cache;
    qint64 days = cache.days;
    if (!cache.valid || std::memcmp(cache.date, p, sizeof cache.date) != 0) {
        const int month = monthNumber(p + 3);
        const int day = twoDigits(p);
        const int year = twoDigits(p + 7) * 100 + twoDigits(p + 9);
        if (month == 0 || day < 1 || day > daysIn(year, month))
            return 0;
        days = TimeParser::daysFromCivil(year, month, day);
        std::memcpy(cache.date, p, sizeof cache.date);
        cache.days = days;
        cache.valid = true;
    }
    const int hour = twoDigits(p + 12);
    const int minute = twoDigits(p + 15);
    const int second = twoDigits(p + 18);
    const int zoneHours = twoDigits(p + 22);
    const int zoneMinutes = twoDigits(p + 24);
    if (hour > 24 || minute > 59 || second > 60 || zoneHours > 14 || zoneMinutes > 59)
        return 0;
    const qint64 offset = (p[21] == '-' ? -1 : 1) * (zoneHours * 3600 + zoneMinutes * 60);
    const qint64 local = days * 86400 + hour * 3600 + minute * 60 + second;
    out = (local - offset) * 1'000'000'000;
    return int(kLength);
}

AccessFormat::AccessFormat(Variant variant)
    : m_variant(variant)
{
}

QString AccessFormat::name() const
{
    return m_variant == Variant::Combined ? QStringLiteral("access-combined") : QStringLiteral("access-common");
}

QString AccessFormat::description() const
{
    return m_variant == Variant::Combined
        ? QCoreApplication::translate("AccessFormat", "Apache/nginx combined access log (CLF + referer + user agent)")
        : QCoreApplication::translate("AccessFormat", "Apache/nginx common access log (CLF)");
}

bool AccessFormat::split(QByteArrayView line, Parts &p, const TimeContext &ctx) const
{
    qsizetype pos = 0;
    if (!token(line, pos, p.host) || !eat(line, pos, ' ') || !token(line, pos, p.ident) || !eat(line, pos, ' '))
        return false;
    if (!token(line, pos, p.user) || !eat(line, pos, ' ') || !eat(line, pos, '['))
        return false;
    int n = fastClf(line.sliced(pos), p.time);
    if (n == 0)
        n = TimeParser::parse(TimeLayout::Clf, line.sliced(pos), ctx, p.time);
    if (n == 0)
        return false;
    pos += n;
    if (!eat(line, pos, ']') || !eat(line, pos, ' ') || !quoted(line, pos, p.request) || !eat(line, pos, ' ')
        || !token(line, pos, p.status) || !isNumber(p.status, p.statusCode) || !eat(line, pos, ' ')
        || !token(line, pos, p.bytes))
        return false;
    int bytes = 0;
    if (p.bytes != "-" && !isNumber(p.bytes, bytes))
        return false;
    if (m_variant == Variant::Common)
        return pos == line.size();
    if (!eat(line, pos, ' ') || !quoted(line, pos, p.referer) || !eat(line, pos, ' ') || !quoted(line, pos, p.userAgent))
        return false;
    if (pos < line.size())
        p.extra = line.sliced(pos).trimmed();
    return true;
}

bool AccessFormat::extractTimeLevel(QByteArrayView line, TimeNs &time, Level &level, const TimeContext &ctx) const
{
    Parts p;
    if (!split(chomp(line), p, ctx))
        return false;
    time = p.time;
    level = levelFromHttpStatus(p.statusCode);
    return true;
}

bool AccessFormat::startsRecord(QByteArrayView line) const
{
    // Access lines start with an address or a host name: only the first
    // bytes the generic continuation test looks at need it.
    if (!line.isEmpty()) {
        switch (line.front()) {
        case ' ':
        case '\t':
        case '\r':
        case 'C':
        case 'T':
        case 'S':
        case '.':
        case 'a': break;
        default: return true;
        }
    }
    return LogFormat::startsRecord(line);
}

bool AccessFormat::extractField(QByteArrayView line, QByteArrayView name, QByteArray &value, const TimeContext &ctx) const
{
    Parts p;
    if (!split(chomp(line), p, ctx))
        return false;
    // The fields parse() adds, by name.
    QByteArrayView found;
    if (name == "status")
        found = p.status;
    else if (name == "host" || name == "source")
        found = p.host;
    else if (name == "bytes")
        found = p.bytes;
    else if (name == "ident")
        found = p.ident;
    else if (name == "user")
        found = p.user;
    else if (name == "request")
        found = p.request;
    else if (m_variant == Variant::Combined && name == "referer")
        found = p.referer;
    else if (m_variant == Variant::Combined && name == "user_agent")
        found = p.userAgent;
    else if (m_variant == Variant::Combined && name == "extra" && !p.extra.isEmpty())
        found = p.extra;
    else if (name == "method" || name == "path" || name == "protocol") {
        const qsizetype sp1 = p.request.indexOf(' ');
        const qsizetype sp2 = p.request.lastIndexOf(' ');
        if (!(sp1 > 0 && sp2 > sp1 + 1))
            return false;
        if (name == "method")
            found = p.request.first(sp1);
        else if (name == "path")
            found = p.request.sliced(sp1 + 1, sp2 - sp1 - 1);
        else
            found = p.request.sliced(sp2 + 1);
    } else {
        return false;
    }
    value.assign(found);
    return true;
}

bool AccessFormat::parse(QByteArrayView line, Record &out, const TimeContext &ctx) const
{
    setPlain(line, out);
    Parts p;
    if (!split(out.raw, p, ctx))
        return false;
    out.time = p.time;
    out.level = levelFromHttpStatus(p.statusCode);
    out.message = p.request;
    auto add = [&out](const char *name, QByteArrayView value) {
        out.fields.push_back(Field{QByteArray(name), value.toByteArray()});
    };
    add("host", p.host);
    add("ident", p.ident);
    add("user", p.user);
    add("request", p.request);
    const qsizetype sp1 = p.request.indexOf(' ');
    const qsizetype sp2 = p.request.lastIndexOf(' ');
    if (sp1 > 0 && sp2 > sp1 + 1) {
        add("method", p.request.first(sp1));
        add("path", p.request.sliced(sp1 + 1, sp2 - sp1 - 1));
        add("protocol", p.request.sliced(sp2 + 1));
    }
    add("status", p.status);
    add("bytes", p.bytes);
    if (m_variant == Variant::Combined) {
        add("referer", p.referer);
        add("user_agent", p.userAgent);
        if (!p.extra.isEmpty())
            add("extra", p.extra);
    }
    add("source", p.host);
    return true;
}
