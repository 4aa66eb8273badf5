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

/// Reads a space-terminated token at @p pos; false when empty.
bool token(QByteArrayView s, qsizetype &pos, QByteArrayView &out)
{
    const qsizetype start = pos;
    const void *sp = std::memchr(s.data() + pos, ' ', size_t(s.size() - pos));
    pos = sp ? static_cast<const char *>(sp) - s.data() : s.size();
    out = s.sliced(start, pos - start);
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

} // namespace

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
    const int n = TimeParser::parse(TimeLayout::Clf, line.sliced(pos), ctx, p.time);
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
