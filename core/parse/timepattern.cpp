// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/timepattern.h"

#include <QCoreApplication>

#include <array>
#include <cstdio>
#include <cstring>

namespace {

struct NamedLayout
{
    const char *name;
    TimeLayout layout;
};

constexpr std::array kNamed{
    NamedLayout{"iso8601", TimeLayout::Iso},    NamedLayout{"rfc3339", TimeLayout::Iso},
    NamedLayout{"clf", TimeLayout::Clf},        NamedLayout{"syslog", TimeLayout::Syslog},
    NamedLayout{"ctime", TimeLayout::Ctime},    NamedLayout{"epoch", TimeLayout::Epoch},
    NamedLayout{"glog", TimeLayout::Glog},      NamedLayout{"yy/MM/dd", TimeLayout::ShortYmd},
    NamedLayout{"yyMMdd", TimeLayout::Compact}, NamedLayout{"MM-dd", TimeLayout::MonthDay},
    NamedLayout{"yyyy/MM/dd", TimeLayout::SlashYmd},
};

constexpr const char *kConversions = "YymdeHIMSfbapzs%";

/// Broken-down fields a custom pattern fills in.
struct Parts
{
    int year = -1;
    int month = 1;
    int day = 1;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int nanos = 0;
    int offset = 0;
    bool hasZone = false;
    int pm = -1; ///< -1 none, 0 AM, 1 PM
};

struct Reader
{
    const char *p;
    const char *end;

    bool number(int minDigits, int maxDigits, int &v)
    {
        int n = 0;
        int r = 0;
        while (p < end && n < maxDigits && *p >= '0' && *p <= '9') {
            r = r * 10 + (*p - '0');
            ++p;
            ++n;
        }
        v = r;
        return n >= minDigits;
    }
    bool word(int &len)
    {
        const char *s = p;
        while (p < end && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')))
            ++p;
        len = static_cast<int>(p - s);
        return len > 0;
    }
};

int monthIndex(const char *s, int len)
{
    static constexpr std::array<const char *, 12> kMonths{"jan", "feb", "mar", "apr", "may", "jun",
                                                          "jul", "aug", "sep", "oct", "nov", "dec"};
    if (len < 3)
        return 0;
    for (size_t i = 0; i < kMonths.size(); ++i)
        if (qstrnicmp(s, kMonths[i], 3) == 0)
            return static_cast<int>(i) + 1;
    return 0;
}

bool readFraction(Reader &r, int &nanos)
{
    int v = 0;
    int n = 0;
    while (r.p < r.end && *r.p >= '0' && *r.p <= '9') {
        if (n < 9) {
            v = v * 10 + (*r.p - '0');
            ++n;
        }
        ++r.p;
    }
    while (n > 0 && n < 9) {
        v *= 10;
        ++n;
    }
    nanos = v;
    return n > 0;
}

bool readZone(Reader &r, Parts &t)
{
    if (r.p < r.end && (*r.p == 'Z' || *r.p == 'z')) {
        ++r.p;
        t.hasZone = true;
        return true;
    }
    if (r.p >= r.end || (*r.p != '+' && *r.p != '-'))
        return false;
    const int sign = *r.p == '-' ? -1 : 1;
    ++r.p;
    int hh = 0, mm = 0;
    if (!r.number(2, 2, hh))
        return false;
    if (r.p < r.end && *r.p == ':')
        ++r.p;
    r.number(0, 2, mm);
    t.offset = sign * (hh * 3600 + mm * 60);
    t.hasZone = true;
    return true;
}

/// Reads one conversion; false when the text does not fit.
bool convert(char conv, Reader &r, Parts &t, TimeNs &epoch)
{
    int len = 0;
    switch (conv) {
    case 'Y': return r.number(4, 4, t.year);
    case 'y':
        if (!r.number(2, 2, t.year))
            return false;
        t.year += t.year < 70 ? 2000 : 1900;
        return true;
    case 'm': return r.number(1, 2, t.month);
    case 'd': return r.number(1, 2, t.day);
    case 'e':
        while (r.p < r.end && *r.p == ' ')
            ++r.p;
        return r.number(1, 2, t.day);
    case 'H':
    case 'I': return r.number(1, 2, t.hour);
    case 'M': return r.number(2, 2, t.minute);
    case 'S': return r.number(2, 2, t.second);
    case 'f': return readFraction(r, t.nanos);
    case 'b': {
        const char *s = r.p;
        return r.word(len) && (t.month = monthIndex(s, len)) != 0;
    }
    case 'a': return r.word(len);
    case 'p': {
        const char *s = r.p;
        if (!r.word(len) || len != 2)
            return false;
        t.pm = (s[0] == 'P' || s[0] == 'p') ? 1 : 0;
        return true;
    }
    case 'z': return readZone(r, t);
    case 's': {
        const int n = TimeParser::parseEpoch(QByteArrayView(r.p, r.end - r.p), epoch);
        r.p += n;
        return n > 0;
    }
    case '%':
        if (r.p >= r.end || *r.p != '%')
            return false;
        ++r.p;
        return true;
    default: return false;
    }
}

} // namespace

std::expected<TimePattern, QString> TimePattern::compile(const QString &pattern)
{
    TimePattern p;
    p.m_pattern = pattern;
    if (pattern.isEmpty() || pattern == u"auto") {
        p.m_auto = true;
        return p;
    }
    p.m_auto = false;
    for (const NamedLayout &n : kNamed) {
        if (pattern == QLatin1StringView(n.name)) {
            p.m_layout = n.layout;
            return p;
        }
    }
    p.m_spec = pattern.toUtf8();
    for (qsizetype i = 0; i < p.m_spec.size(); ++i) {
        if (p.m_spec[i] != '%')
            continue;
        if (i + 1 >= p.m_spec.size() || std::strchr(kConversions, p.m_spec[i + 1]) == nullptr) {
            const QString conv = i + 1 < p.m_spec.size() ? QString(QLatin1Char(p.m_spec[i + 1])) : QString();
            return std::unexpected(QCoreApplication::translate("TimePattern", "unknown conversion '%%1' at column %2 of timestamp layout \"%3\"")
                                       .arg(conv)
                                       .arg(i + 1)
                                       .arg(pattern));
        }
        ++i;
    }
    return p;
}

int TimePattern::parse(QByteArrayView text, const TimeContext &ctx, TimeNs &out) const
{
    if (m_auto) {
        TimeLayout layout = TimeLayout::None;
        return TimeParser::sniff(text, ctx, out, layout);
    }
    if (m_layout != TimeLayout::None)
        return TimeParser::parse(m_layout, text, ctx, out);
    return parseCustom(text, ctx, out);
}

int TimePattern::parseCustom(QByteArrayView text, const TimeContext &ctx, TimeNs &out) const
{
    Reader r{text.data(), text.data() + text.size()};
    Parts t;
    TimeNs epoch = kNoTime;
    for (qsizetype i = 0; i < m_spec.size(); ++i) {
        const char c = m_spec[i];
        if (c == '%') {
            if (!convert(m_spec[++i], r, t, epoch))
                return 0;
        } else if (c == ' ') {
            if (r.p >= r.end || *r.p != ' ')
                return 0;
            while (r.p < r.end && *r.p == ' ')
                ++r.p;
        } else {
            if (r.p >= r.end || *r.p != c)
                return 0;
            ++r.p;
        }
    }
    const int consumed = static_cast<int>(r.p - text.data());
    if (epoch != kNoTime) {
        out = epoch;
        return consumed;
    }
    if (t.pm == 1 && t.hour < 12)
        t.hour += 12;
    else if (t.pm == 0 && t.hour == 12)
        t.hour = 0;
    // Re-use the built-in ISO reader for validation, zone and year inference.
    char buf[64];
    const int year = t.year < 0 ? 2000 : t.year; // no year: a leap year in TimeNs' range stands in
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%09d", year, t.month, t.day, t.hour,
                                t.minute, t.second, t.nanos);
    if (n <= 0 || n >= int(sizeof buf))
        return 0;
    TimeNs local = kNoTime;
    // Interpret in UTC first, then move into the requested zone.
    const TimeContext utc(ctx.reference(), QTimeZone(QTimeZone::UTC));
    if (TimeParser::parse(TimeLayout::Iso, QByteArrayView(buf, n), utc, local) == 0)
        return 0;
    if (t.year < 0) {
        // No year: infer it as syslog does, from the reference time.
        static constexpr std::array<const char *, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        const int m = std::snprintf(buf, sizeof buf, "%s %02d %02d:%02d:%02d.%09d", kMonths[size_t(t.month - 1)], t.day,
                                    t.hour, t.minute, t.second, t.nanos);
        if (TimeParser::parse(TimeLayout::Syslog, QByteArrayView(buf, m), ctx, local) == 0)
            return 0;
        if (t.hasZone)
            local = local + qint64(ctx.offsetAt(local / 1'000'000'000) - t.offset) * 1'000'000'000;
        out = local;
        return consumed;
    }
    const qint64 secs = local / 1'000'000'000;
    const qint64 utcSecs = t.hasZone ? secs - t.offset : ctx.localToUtc(secs);
    out = utcSecs * 1'000'000'000 + t.nanos;
    return consumed;
}
