// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/accessformat.h"

#include "parse/fasttime.h"
#include "parse/jsonscanner.h"
#include "parse/levelnames.h"
#include "parse/timeparser.h"

#include <QCoreApplication>

#include <bit>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

#if defined(__SSE2__)
/// Bit i: byte i of the 32 at @p p is a space.
quint32 spaces32(const char *p)
{
    const __m128i blank = _mm_set1_epi8(' ');
    const auto mask16 = [&](int at) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + at));
        return quint32(quint16(_mm_movemask_epi8(_mm_cmpeq_epi8(v, blank))));
    };
    return mask16(0) | (mask16(16) << 16);
}

quint32 withoutTwoLowest(quint32 mask)
{
    mask &= mask - 1;
    return mask & (mask - 1);
}
#endif

/// Whether splitHead() refuses @p s by its first 32 bytes: three spaces
/// there, and no '[' after the third (most lines of other formats), told
/// before any of its work.
bool refusedByHead(QByteArrayView s)
{
#if defined(__SSE2__)
    if (s.size() < 32)
        return false;
    const quint32 rest = withoutTwoLowest(spaces32(s.data()));
    if (rest == 0)
        return false;
    const qsizetype afterThird = std::countr_zero(rest) + 1;
    return afterThird >= s.size() || s[afterThird] != '[';
#else
    Q_UNUSED(s);
    return false;
#endif
}

/// The three space-separated tokens that open the line (host ident user),
/// as three token() calls with one space after each would read them; @p pos
/// ends after the third space. The spaces are found 32 bytes at a time.
bool headTokens(QByteArrayView s, qsizetype &pos, QByteArrayView &host, QByteArrayView &ident, QByteArrayView &user)
{
    qsizetype space[3];
#if defined(__SSE2__)
    if (s.size() >= 32) {
        quint32 mask = spaces32(s.data());
        if (withoutTwoLowest(mask) != 0) { // at least three spaces
            for (qsizetype &at : space) {
                at = std::countr_zero(mask);
                mask &= mask - 1;
            }
            if (space[0] == 0 || space[1] == space[0] + 1 || space[2] == space[1] + 1)
                return false; // an empty token
            host = s.first(space[0]);
            ident = s.sliced(space[0] + 1, space[1] - space[0] - 1);
            user = s.sliced(space[1] + 1, space[2] - space[1] - 1);
            pos = space[2] + 1;
            return true;
        }
    }
#endif
    QByteArrayView *tokens[3] = {&host, &ident, &user};
    for (QByteArrayView *t : tokens) {
        if (!token(s, pos, *t) || pos >= s.size())
            return false;
        ++pos; // the space
    }
    return true;
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
    if (pos >= s.size() || s[pos] != '"')
        return false;
    const qsizetype end = JsonScanner::stringEnd(s, pos);
    if (end < 0)
        return false;
    out = s.sliced(pos + 1, end - pos - 2);
    pos = end;
    return true;
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

/// The status at @p pos: a number up to the next space or the end.
bool readStatus(QByteArrayView s, qsizetype &pos, QByteArrayView &status, int &code)
{
    // Three digits and a space, as every status is, without the loops.
    const char *p = s.data() + pos;
    const auto digit = [](char c) { return unsigned(c) - unsigned('0'); };
    if (pos + 3 < s.size() && p[3] == ' ' && digit(p[0]) < 10 && digit(p[1]) < 10 && digit(p[2]) < 10) {
        status = s.sliced(pos, 3);
        code = int(digit(p[0]) * 100 + digit(p[1]) * 10 + digit(p[2]));
        pos += 3;
        return true;
    }
    return token(s, pos, status) && isNumber(status, code);
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

bool AccessFormat::splitHead(QByteArrayView line, Parts &p, const TimeContext &ctx, qsizetype &pos, Through through)
{
    pos = 0;
    if (!headTokens(line, pos, p.host, p.ident, p.user) || !eat(line, pos, '['))
        return false;
    // FastTime first: TimeParser::parse() would ask it too, one call later.
    const QByteArrayView stamp = line.sliced(pos);
    int n = FastTime::clf(stamp, p.time);
    if (n == 0)
        n = TimeParser::parse(TimeLayout::Clf, stamp, ctx, p.time);
    if (n == 0)
        return false;
    pos += n;
    if (!eat(line, pos, ']') || !eat(line, pos, ' ') || !quoted(line, pos, p.request) || !eat(line, pos, ' ')
        || !readStatus(line, pos, p.status, p.statusCode))
        return false;
    if (through == Through::Status)
        return true;
    if (!eat(line, pos, ' ') || !token(line, pos, p.bytes))
        return false;
    int bytes = 0;
    return p.bytes == "-" || isNumber(p.bytes, bytes);
}

bool AccessFormat::split(QByteArrayView line, Parts &p, const TimeContext &ctx) const
{
    qsizetype pos = 0;
    if (!splitHead(line, p, ctx, pos, Through::Bytes))
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
    line = chomp(line);
    return !refusedByHead(line) && readTimeLevel(line, time, level, ctx);
}

bool AccessFormat::readTimeLevel(QByteArrayView line, TimeNs &time, Level &level, const TimeContext &ctx)
{
    // Time and level are the stamp and the status: nothing after the status
    // is read (the fast path may accept a line whose tail is malformed).
    Parts p;
    qsizetype end = 0;
    if (!splitHead(line, p, ctx, end, Through::Status))
        return false;
    time = p.time;
    level = levelFromHttpStatus(p.statusCode);
    return true;
}

bool AccessFormat::sameTimeLevelAs(const LogFormat &other) const
{
    return dynamic_cast<const AccessFormat *>(&other) != nullptr;
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
