// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/timeparser.h"

#include "parse/fasttime.h"

#include <QDateTime>

#include <array>
#include <cstring>

namespace TimeParser {
namespace {

constexpr qint64 kNsPerSec = 1'000'000'000;
constexpr qint64 kSecsPerDay = 86'400;

/// A broken-down time as read from the text.
struct Civil
{
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int nanos = 0;
    int offset = 0;       ///< seconds east of UTC, when hasZone
    bool hasZone = false;
    bool hasYear = true;
};

/// Read-only cursor over the text being parsed.
struct Cursor
{
    const char *p;
    const char *begin;
    const char *end;

    qsizetype left() const { return end - p; }
    bool at(char c) const { return p < end && *p == c; }
    bool eat(char c)
    {
        if (!at(c))
            return false;
        ++p;
        return true;
    }
    bool digitAt(qsizetype i) const { return p + i < end && p[i] >= '0' && p[i] <= '9'; }
    /// Reads exactly @p n digits.
    bool digits(int n, int &v)
    {
        if (left() < n)
            return false;
        int r = 0;
        for (int i = 0; i < n; ++i) {
            const unsigned d = static_cast<unsigned char>(p[i]) - unsigned('0');
            if (d > 9)
                return false;
            r = r * 10 + static_cast<int>(d);
        }
        p += n;
        v = r;
        return true;
    }
    int consumed() const { return static_cast<int>(p - begin); }
};

Cursor cursorOf(QByteArrayView text)
{
    return Cursor{text.data(), text.data(), text.data() + text.size()};
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[static_cast<size_t>(m - 1)];
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

/// Jan..Dec (case-insensitive, 3 letters) -> 1..12, else 0.
int monthFromName(const char *s)
{
    static constexpr std::array<const char *, 12> kMonths{"jan", "feb", "mar", "apr", "may", "jun",
                                                          "jul", "aug", "sep", "oct", "nov", "dec"};
    const char a = lower(s[0]), b = lower(s[1]), c = lower(s[2]);
    for (size_t i = 0; i < kMonths.size(); ++i)
        if (kMonths[i][0] == a && kMonths[i][1] == b && kMonths[i][2] == c)
            return static_cast<int>(i) + 1;
    return 0;
}

bool isWeekdayName(const char *s)
{
    static constexpr std::array<const char *, 7> kDays{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    const char a = lower(s[0]), b = lower(s[1]), c = lower(s[2]);
    for (const char *d : kDays)
        if (d[0] == a && d[1] == b && d[2] == c)
            return true;
    return false;
}

bool readMonthName(Cursor &c, int &month)
{
    if (c.left() < 3)
        return false;
    month = monthFromName(c.p);
    if (month == 0)
        return false;
    c.p += 3;
    return true;
}

/// '.' or ',' then 1..9 significant digits (more are consumed and dropped).
void readFraction(Cursor &c, int &nanos)
{
    if (!((c.at('.') || c.at(',')) && c.digitAt(1)))
        return;
    ++c.p;
    int value = 0;
    int n = 0;
    while (c.p < c.end && *c.p >= '0' && *c.p <= '9') {
        if (n < 9) {
            value = value * 10 + (*c.p - '0');
            ++n;
        }
        ++c.p;
    }
    static constexpr std::array<int, 10> kScale{1'000'000'000, 100'000'000, 10'000'000, 1'000'000, 100'000,
                                                10'000,        1'000,       100,        10,        1};
    nanos = value * kScale[static_cast<size_t>(n)];
}

/// HH:MM[:SS][.fraction]; seconds required when @p needSeconds.
bool readClock(Cursor &c, Civil &t, bool needSeconds)
{
    if (!c.digits(2, t.hour) || !c.eat(':') || !c.digits(2, t.minute))
        return false;
    if (c.at(':') && c.digitAt(1)) {
        ++c.p;
        if (!c.digits(2, t.second))
            return false;
        readFraction(c, t.nanos);
    } else if (needSeconds) {
        return false;
    }
    return t.hour <= 24 && t.minute <= 59 && t.second <= 60;
}

/// Z | ±hh[:mm] | ±hhmm, optionally after one space (then ±hhmm or UTC/GMT only).
void readZone(Cursor &c, Civil &t)
{
    Cursor z = c;
    const bool spaced = z.eat(' ');
    if (!spaced && (z.at('Z') || z.at('z'))) {
        ++z.p;
        t.hasZone = true;
        t.offset = 0;
        c = z;
        return;
    }
    if (spaced && z.left() >= 3 && ((std::memcmp(z.p, "UTC", 3) == 0) || std::memcmp(z.p, "GMT", 3) == 0)
        && !(z.left() > 3 && ((z.p[3] >= 'A' && z.p[3] <= 'Z') || z.p[3] == '+' || z.p[3] == '-'))) {
        z.p += 3;
        t.hasZone = true;
        t.offset = 0;
        c = z;
        return;
    }
    if (!(z.at('+') || z.at('-')))
        return;
    const int sign = *z.p == '-' ? -1 : 1;
    ++z.p;
    int hh = 0, mm = 0;
    if (!z.digits(2, hh))
        return;
    if (z.at(':') && !spaced) {
        ++z.p;
        if (!z.digits(2, mm))
            return;
    } else if (!z.digits(2, mm)) {
        if (spaced)
            return;
        mm = 0;
    }
    if (hh > 14 || mm > 59 || z.digitAt(0))
        return;
    t.hasZone = true;
    t.offset = sign * (hh * 3600 + mm * 60);
    c = z;
}

bool validDate(const Civil &t)
{
    // TimeNs (int64 nanoseconds) spans 1677-09-21 to 2262-04-11.
    if (t.year < 1678 || t.year > 2261)
        return false;
    return t.month >= 1 && t.month <= 12 && t.day >= 1 && t.day <= daysInMonth(t.year, t.month);
}

TimeNs toNs(const Civil &t, const TimeContext &ctx)
{
    const qint64 local = daysFromCivil(t.year, t.month, t.day) * kSecsPerDay + t.hour * 3600 + t.minute * 60 + t.second;
    const qint64 utc = t.hasZone ? local - t.offset : ctx.localToUtc(local);
    return utc * kNsPerSec + t.nanos;
}

/// Converts a complete Civil; infers a missing year from the reference.
bool finish(Civil t, const TimeContext &ctx, TimeNs &out)
{
    if (!t.hasYear) {
        t.year = ctx.referenceYear();
        while (t.month == 2 && t.day == 29 && !isLeap(t.year))
            --t.year;
        if (!validDate(t))
            return false;
        TimeNs candidate = toNs(t, ctx);
        if (candidate > ctx.reference() + kSecsPerDay * kNsPerSec) {
            --t.year;
            while (t.month == 2 && t.day == 29 && !isLeap(t.year))
                --t.year;
            candidate = toNs(t, ctx);
        }
        out = candidate;
        return true;
    }
    if (!validDate(t))
        return false;
    out = toNs(t, ctx);
    return true;
}

int done(const Cursor &c, const Civil &t, const TimeContext &ctx, TimeNs &out)
{
    return finish(t, ctx, out) ? c.consumed() : 0;
}

int parseIso(QByteArrayView text, const TimeContext &ctx, TimeNs &out, char dateSep)
{
    Cursor c = cursorOf(text);
    Civil t;
    if (!c.digits(4, t.year) || !c.eat(dateSep) || !c.digits(2, t.month) || !c.eat(dateSep) || !c.digits(2, t.day))
        return 0;
    if (!(c.eat('T') || c.eat(' ') || (dateSep == '-' && c.eat('t'))))
        return 0;
    if (!readClock(c, t, dateSep != '-'))
        return 0;
    readZone(c, t);
    return done(c, t, ctx, out);
}

int parseClf(QByteArrayView text, const TimeContext &ctx, TimeNs &out)
{
    Cursor c = cursorOf(text);
    Civil t;
    if (!c.digits(2, t.day) || !c.eat('/') || !readMonthName(c, t.month) || !c.eat('/') || !c.digits(4, t.year)
        || !c.eat(':') || !readClock(c, t, true))
        return 0;
    readZone(c, t);
    return done(c, t, ctx, out);
}

/// "dd" or " d" (space padded) or "d" followed by a space.
bool readLooseDay(Cursor &c, int &day)
{
    if (c.eat(' ')) {
        return c.digits(1, day);
    }
    if (c.digits(2, day))
        return true;
    return c.digits(1, day) && c.at(' ');
}

int parseSyslog(QByteArrayView text, const TimeContext &ctx, TimeNs &out)
{
    Cursor c = cursorOf(text);
    Civil t;
    t.hasYear = false;
    if (!readMonthName(c, t.month) || !c.eat(' ') || !readLooseDay(c, t.day) || !c.eat(' ') || !readClock(c, t, true))
        return 0;
    // Some writers append the year: "Oct 11 22:14:15 2024 host".
    if (c.left() >= 5 && c.p[0] == ' ' && c.digitAt(1) && c.digitAt(2) && c.digitAt(3) && c.digitAt(4)
        && (c.left() == 5 || c.p[5] == ' ')) {
        ++c.p;
        c.digits(4, t.year);
        t.hasYear = true;
    }
    readZone(c, t);
    return done(c, t, ctx, out);
}

int parseCtime(QByteArrayView text, const TimeContext &ctx, TimeNs &out)
{
    Cursor c = cursorOf(text);
    Civil t;
    if (c.left() < 3 || !isWeekdayName(c.p))
        return 0;
    c.p += 3;
    if (!c.eat(' ') || !readMonthName(c, t.month) || !c.eat(' ') || !readLooseDay(c, t.day) || !c.eat(' ')
        || !readClock(c, t, true) || !c.eat(' ') || !c.digits(4, t.year))
        return 0;
    return done(c, t, ctx, out);
}

int parseGlog(QByteArrayView text, const TimeContext &ctx, TimeNs &out)
{
    Cursor c = cursorOf(text);
    Civil t;
    t.hasYear = false;
    if (c.left() < 1 || std::strchr("IWEFD", *c.p) == nullptr || *c.p == 0)
        return 0;
    ++c.p;
    if (!c.digits(2, t.month) || !c.digits(2, t.day) || !c.eat(' ') || !readClock(c, t, true))
        return 0;
    return done(c, t, ctx, out);
}

int parseShortYmd(QByteArrayView text, const TimeContext &ctx, TimeNs &out)
{
    Cursor c = cursorOf(text);
    Civil t;
    if (!c.digits(2, t.year) || !c.eat('/') || !c.digits(2, t.month) || !c.eat('/') || !c.digits(2, t.day)
        || !c.eat(' ') || !readClock(c, t, true))
        return 0;
    t.year += t.year < 70 ? 2000 : 1900;
    return done(c, t, ctx, out);
}

int parseCompact(QByteArrayView text, const TimeContext &ctx, TimeNs &out)
{
    Cursor c = cursorOf(text);
    Civil t;
    if (!c.digits(2, t.year) || !c.digits(2, t.month) || !c.digits(2, t.day) || !c.eat(' ') || !c.digits(2, t.hour)
        || !c.digits(2, t.minute) || !c.digits(2, t.second) || c.digitAt(0))
        return 0;
    if (t.hour > 23 || t.minute > 59 || t.second > 60)
        return 0;
    t.year += t.year < 70 ? 2000 : 1900;
    return done(c, t, ctx, out);
}

int parseTimeOfDay(QByteArrayView text, const TimeContext &ctx, TimeNs &out)
{
    Cursor c = cursorOf(text);
    Civil t;
    if (!readClock(c, t, true) || c.digitAt(0) || c.at(':') || c.at('.') || c.at(','))
        return 0;
    const qint64 local = ctx.referenceDay() * kSecsPerDay + t.hour * 3600 + t.minute * 60 + t.second;
    TimeNs candidate = ctx.localToUtc(local) * kNsPerSec + t.nanos;
    if (candidate > ctx.reference() + 3600 * kNsPerSec)
        candidate = ctx.localToUtc(local - kSecsPerDay) * kNsPerSec + t.nanos;
    out = candidate;
    return c.consumed();
}

int parseMonthDay(QByteArrayView text, const TimeContext &ctx, TimeNs &out)
{
    Cursor c = cursorOf(text);
    Civil t;
    t.hasYear = false;
    if (!c.digits(2, t.month) || !c.eat('-') || !c.digits(2, t.day) || !c.eat(' ') || !readClock(c, t, true))
        return 0;
    return done(c, t, ctx, out);
}

bool isDigit(char ch)
{
    return ch >= '0' && ch <= '9';
}

bool isAlpha(char ch)
{
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

/// Picks the layout a digit-led text can have, by its punctuation.
TimeLayout guessDigitLayout(QByteArrayView t)
{
    const auto ch = [&t](qsizetype i) { return i < t.size() ? t[i] : '\0'; };
    if (ch(4) == '-')
        return TimeLayout::Iso;
    if (ch(4) == '/')
        return TimeLayout::SlashYmd;
    if (ch(2) == '/')
        return isAlpha(ch(3)) ? TimeLayout::Clf : TimeLayout::ShortYmd;
    if (ch(2) == '-')
        return TimeLayout::MonthDay;
    if (ch(2) == ':')
        return TimeLayout::TimeOfDay;
    if (ch(6) == ' ')
        return TimeLayout::Compact;
    return TimeLayout::Epoch;
}

TimeLayout guessAlphaLayout(QByteArrayView t)
{
    if (t.size() >= 6 && isDigit(t[1]) && isDigit(t[4]) && t[5] == ' ')
        return TimeLayout::Glog;
    if (t.size() >= 4 && t[3] == ' ' && monthFromName(t.data()) != 0)
        return TimeLayout::Syslog;
    if (t.size() >= 4 && t[3] == ' ' && isWeekdayName(t.data()))
        return TimeLayout::Ctime;
    return TimeLayout::None;
}

} // namespace

int parseEpoch(QByteArrayView text, TimeNs &out)
{
    Cursor c = cursorOf(text);
    // Unsigned: 19 digits and 10 digits times 10^9 stay below 2^64 (no overflow).
    quint64 v = 0;
    int n = 0;
    while (c.p < c.end && isDigit(*c.p) && n < 19) {
        v = v * 10 + quint64(*c.p - '0');
        ++c.p;
        ++n;
    }
    if (c.p < c.end && isDigit(*c.p))
        return 0;
    quint64 ns = 0;
    switch (n) {
    case 10: {
        int nanos = 0;
        readFraction(c, nanos);
        if (c.at('.') || c.at(','))
            return 0;
        ns = v * quint64(kNsPerSec) + quint64(nanos);
        break;
    }
    case 13: ns = v * 1'000'000; break;
    case 16: ns = v * 1'000; break;
    case 19: ns = v; break;
    default: return 0;
    }
    // Only plausible times (1990-2100) count: other numbers are not stamps.
    if (ns < quint64(631'152'000 * kNsPerSec) || ns > quint64(4'102'444'800 * kNsPerSec))
        return 0;
    if (c.p < c.end && (isAlpha(*c.p) || *c.p == '.' || *c.p == '-'))
        return 0;
    out = TimeNs(ns);
    return c.consumed();
}

int parse(TimeLayout layout, QByteArrayView text, const TimeContext &ctx, TimeNs &out)
{
    if (layout == TimeLayout::Iso) {
        if (const int n = FastTime::iso(text, ctx, out))
            return n;
    } else if (layout == TimeLayout::Clf) {
        if (const int n = FastTime::clf(text, out))
            return n;
    }
    return parseGeneral(layout, text, ctx, out);
}

int parseGeneral(TimeLayout layout, QByteArrayView text, const TimeContext &ctx, TimeNs &out)
{
    switch (layout) {
    case TimeLayout::Iso: return parseIso(text, ctx, out, '-');
    case TimeLayout::SlashYmd: return parseIso(text, ctx, out, '/');
    case TimeLayout::Clf: return parseClf(text, ctx, out);
    case TimeLayout::Syslog: return parseSyslog(text, ctx, out);
    case TimeLayout::Ctime: return parseCtime(text, ctx, out);
    case TimeLayout::Epoch: return parseEpoch(text, out);
    case TimeLayout::Glog: return parseGlog(text, ctx, out);
    case TimeLayout::ShortYmd: return parseShortYmd(text, ctx, out);
    case TimeLayout::Compact: return parseCompact(text, ctx, out);
    case TimeLayout::MonthDay: return parseMonthDay(text, ctx, out);
    case TimeLayout::TimeOfDay: return parseTimeOfDay(text, ctx, out);
    case TimeLayout::None: break;
    }
    return 0;
}

int sniff(QByteArrayView text, const TimeContext &ctx, TimeNs &out, TimeLayout &layout)
{
    // The most common stamp first, as the steps below would read it: a digit
    // and '-' at [4] guess ISO, and parse() asks FastTime::iso() first.
    if (text.size() > 4 && text[4] == '-' && isDigit(text.front())) {
        if (const int n = FastTime::iso(text, ctx, out)) {
            layout = TimeLayout::Iso;
            return n;
        }
    }
    const int skip = (!text.isEmpty() && text.front() == '[') ? 1 : 0;
    const QByteArrayView t = text.sliced(skip);
    if (t.isEmpty())
        return 0;
    TimeLayout guess = TimeLayout::None;
    if (isDigit(t.front()))
        guess = guessDigitLayout(t);
    else if (isAlpha(t.front()))
        guess = guessAlphaLayout(t);
    const int n = parse(guess, t, ctx, out);
    if (n == 0)
        return 0;
    layout = guess;
    return n + skip;
}

QByteArray formatIso(TimeNs time, const TimeContext &ctx, bool utc)
{
    if (time == kNoTime)
        return {};
    qint64 secs = time / kNsPerSec;
    qint64 nanos = time % kNsPerSec;
    if (nanos < 0) {
        nanos += kNsPerSec;
        --secs;
    }
    const int offset = utc ? 0 : ctx.offsetAt(secs);
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(secs + offset, QTimeZone::UTC);
    QByteArray s = dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1();
    if (nanos != 0) {
        int digits = 9;
        qint64 frac = nanos;
        while (digits > 3 && frac % 1000 == 0) {
            frac /= 1000;
            digits -= 3;
        }
        s += '.' + QByteArray::number(frac).rightJustified(digits, '0');
    }
    if (utc) {
        s += 'Z';
        return s;
    }
    const int a = offset < 0 ? -offset : offset;
    s += offset < 0 ? '-' : '+';
    s += QByteArray::number(a / 3600).rightJustified(2, '0') + ':' + QByteArray::number(a / 60 % 60).rightJustified(2, '0');
    return s;
}

} // namespace TimeParser
