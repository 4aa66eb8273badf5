// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/fasttime.h"

#include "parse/bytewords.h"
#include "parse/timeparser.h"

#include <bit>

namespace FastTime {
namespace {

constexpr qint64 kNsPerSec = 1'000'000'000;

using ByteWords::load8;

/// Whether the bytes of @p v selected by @p mask (0xff per byte) are all
/// ASCII digits: their high nibble is 3 and adding 6 keeps it 3.
bool digitsAt(quint64 v, quint64 mask)
{
    constexpr quint64 kHigh = 0xF0F0F0F0F0F0F0F0ULL;
    constexpr quint64 kThirty = 0x3030303030303030ULL;
    constexpr quint64 kSix = 0x0606060606060606ULL;
    const quint64 m = v & mask;
    return (m & kHigh) == (kThirty & mask) && ((m + (kSix & mask)) & kHigh) == (kThirty & mask);
}

int digit(char c)
{
    return c - '0';
}

int twoDigits(const char *p)
{
    return digit(p[0]) * 10 + digit(p[1]);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysIn(int year, int month)
{
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : kDays[month - 1];
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

/// The last date text a thread read in one layout and its day number. The
/// text (10 or 11 bytes) is kept as two overlapping 8-byte words: its first
/// and its last eight bytes.
struct DayCache
{
    quint64 first = 0;
    quint64 last = 0;
    qint64 days = 0;
    bool valid = false;

    bool hit(quint64 f, quint64 l) const { return valid && first == f && last == l; }
    void store(quint64 f, quint64 l, qint64 d)
    {
        first = f;
        last = l;
        days = d;
        valid = true;
    }
};

thread_local DayCache t_isoDay;
thread_local DayCache t_clfDay;

/// The last CLF stamp a thread read, but for its seconds: the lines of an
/// access log mostly share the minute and the zone with the line before,
/// and then only the seconds are read.
struct ClfMinute
{
    /// Bytes 0-17 ("dd/Mon/yyyy:HH:MM:") and 20-25 (" +hhmm") of the
    /// stamp: the last word is bytes 16-23 with 24-25 where 18-19 were.
    struct Key
    {
        quint64 head = 0, middle = 0, tail = 0;
        bool operator==(const Key &) const = default;
    };
    static Key keyOf(const char *p)
    {
        constexpr quint64 kWithoutSeconds = 0xFFFFFFFF0000FFFFULL;
        const quint64 zoneEnd = load8(p + 18) >> 48; // bytes 24 and 25
        return Key{load8(p), load8(p + 8), (load8(p + 16) & kWithoutSeconds) | (zoneEnd << 16)};
    }
    Key key;
    qint64 utcSeconds = 0; ///< the minute's first second, in UTC
    bool valid = false;
};
thread_local ClfMinute t_clfMinute;

/// "HH:MM:SS" at @p p (8 bytes available) as seconds of the day, or -1.
/// Hours up to 24 and seconds up to 60, as TimeParser accepts them.
int clock(const char *p)
{
    constexpr quint64 kDigits = 0xFFFF00FFFF00FFFFULL;
    constexpr quint64 kColons = 0x0000FF0000FF0000ULL;
    constexpr quint64 kColonBytes = 0x00003A00003A0000ULL;
    const quint64 v = load8(p);
    if ((v & kColons) != kColonBytes || !digitsAt(v, kDigits))
        return -1;
    // All three pairs at once: byte i of tens becomes 10 * digit i plus
    // digit i + 1 (at most 100: no carry into the next byte).
    const quint64 d = v - 0x3030303030303030ULL;
    const quint64 tens = d * 10 + (d >> 8);
    const int hour = int(tens & 0xFF);
    const int minute = int((tens >> 24) & 0xFF);
    const int second = int((tens >> 48) & 0xFF);
    if (hour > 24 || minute > 59 || second > 60)
        return -1;
    return hour * 3600 + minute * 60 + second;
}

/// "yyyy-mm-dd" at @p p (10 bytes available) as days since the epoch, or
/// false for anything else (including dates that do not exist).
bool isoDate(const char *p, qint64 &days)
{
    const quint64 head = load8(p);
    const quint64 tail = load8(p + 2);
    if (t_isoDay.hit(head, tail)) {
        days = t_isoDay.days;
        return true;
    }
    constexpr quint64 kDigits = 0x00FFFF00FFFFFFFFULL;
    constexpr quint64 kDashes = 0xFF0000FF00000000ULL;
    constexpr quint64 kDashBytes = 0x2D00002D00000000ULL;
    if ((head & kDashes) != kDashBytes || !digitsAt(head, kDigits) || !isDigit(p[8]) || !isDigit(p[9]))
        return false;
    const int year = twoDigits(p) * 100 + twoDigits(p + 2);
    const int month = twoDigits(p + 5);
    const int day = twoDigits(p + 8);
    if (year < 1678 || year > 2261) // outside TimeNs (int64 ns): 1677-09-21 to 2262-04-11
        return false;
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month))
        return false;
    days = TimeParser::daysFromCivil(year, month, day);
    t_isoDay.store(head, tail, days);
    return true;
}

/// How many of the eight bytes of @p v, from the first, are ASCII digits.
int leadingDigits(quint64 v)
{
    // Byte by byte, without carries between bytes: x = byte ^ '0' is a
    // digit's value (< 10) or >= 10; (x & 0x7f) + 0x76 sets bit 7 when the
    // low seven bits are >= 10, and x itself when it is >= 0x80.
    const quint64 x = v ^ 0x3030303030303030ULL;
    const quint64 notDigit = (((x & 0x7F7F7F7F7F7F7F7FULL) + 0x7676767676767676ULL) | x) & 0x8080808080808080ULL;
    return notDigit == 0 ? 8 : std::countr_zero(notDigit) / 8;
}

/// The value of the first @p n (1..8) digits of @p v (bytes as ASCII).
int digitsValue(quint64 v, int n)
{
    // Leading zeros in place of the bytes after the digits, then pairs,
    // quads and the whole in three multiplications.
    quint64 d = (v - 0x3030303030303030ULL) << (8 * (8 - n));
    d = (d * 10 + (d >> 8)) & 0x00FF00FF00FF00FFULL;
    d = (d * 100 + (d >> 16)) & 0x0000FFFF0000FFFFULL;
    d = (d * 10000 + (d >> 32)) & 0x00000000FFFFFFFFULL;
    return int(d);
}

/// The minute of the last ISO stamp a thread read ("yyyy-mm-ddTHH:MM",
/// its first 16 bytes) as local seconds: the lines of a log mostly share
/// it with the line before, and then only the seconds are read.
struct IsoMinute
{
    quint64 head = 0;   // bytes 0-7
    quint64 middle = 0; // bytes 8-15
    qint64 localSeconds = 0;
    bool valid = false;
};
thread_local IsoMinute t_isoMinute;

/// "yyyy-mm-ddTHH:MM:SS" ('T', 't' or ' ') at @p p (19 bytes) as local
/// seconds since the epoch; false for anything else.
bool isoLocalSeconds(const char *p, qint64 &local)
{
    const quint64 head = load8(p);
    const quint64 middle = load8(p + 8);
    if (t_isoMinute.valid && head == t_isoMinute.head && middle == t_isoMinute.middle) {
        // Checked when the minute was read: the date, the separator, HH:MM.
        if (p[16] != ':' || !isDigit(p[17]) || !isDigit(p[18]) || twoDigits(p + 17) > 60)
            return false;
        local = t_isoMinute.localSeconds + twoDigits(p + 17);
        return true;
    }
    const char separator = p[10];
    if (separator != 'T' && separator != ' ' && separator != 't')
        return false;
    qint64 days = 0;
    const int seconds = clock(p + 11);
    if (seconds < 0 || !isoDate(p, days))
        return false;
    local = days * 86400 + seconds;
    t_isoMinute = IsoMinute{head, middle, local - twoDigits(p + 17), true};
    return true;
}

/// '.' or ',' and digits at @p pos: the first nine give the nanoseconds,
/// the rest are consumed. Returns the new position.
qsizetype fraction(QByteArrayView s, qsizetype pos, int &nanos)
{
    if (pos + 1 >= s.size() || (s[pos] != '.' && s[pos] != ',') || !isDigit(s[pos + 1]))
        return pos;
    ++pos;
    static constexpr int kScale[10] = {1'000'000'000, 100'000'000, 10'000'000, 1'000'000, 100'000,
                                       10'000,        1'000,       100,        10,        1};
    int value = 0;
    int n = 0;
    if (pos + 8 <= s.size()) { // the usual 3, 6 or 8 digits, eight bytes at a time
        const quint64 v = load8(s.data() + pos);
        n = leadingDigits(v);
        value = digitsValue(v, n);
        pos += n;
        if (n < 8) {
            nanos = value * kScale[n];
            return pos;
        }
    }
    for (; pos < s.size() && isDigit(s[pos]); ++pos) {
        if (n < 9) {
            value = value * 10 + digit(s[pos]);
            ++n;
        }
    }
    nanos = value * kScale[n];
    return pos;
}

enum class Zone : quint8 { None, Offset, Unsure };

/// The zone after an ISO time at @p pos: Z, ±hh:mm, ±hhmm, or none.
/// Unsure for anything TimeParser reads in a way this does not (a spaced
/// zone, ±hh, out-of-range offsets, trailing digits).
Zone isoZone(QByteArrayView s, qsizetype &pos, int &offset)
{
    if (pos >= s.size())
        return Zone::None;
    const char c = s[pos];
    if (c == 'Z' || c == 'z') {
        ++pos;
        offset = 0;
        return Zone::Offset;
    }
    if (c == ' ') {
        // " UTC", " GMT" and " +hhmm" are zones to TimeParser: leave them to it.
        const char next = pos + 1 < s.size() ? s[pos + 1] : '\0';
        const bool sign = (next == '+' || next == '-') && pos + 3 < s.size() && isDigit(s[pos + 2]) && isDigit(s[pos + 3]);
        return next == 'U' || next == 'G' || sign ? Zone::Unsure : Zone::None;
    }
    if (c != '+' && c != '-')
        return Zone::None;
    const char *p = s.data() + pos;
    const qsizetype left = s.size() - pos;
    qsizetype length = 0;
    if (left >= 6 && isDigit(p[1]) && isDigit(p[2]) && p[3] == ':' && isDigit(p[4]) && isDigit(p[5]))
        length = 6;
    else if (left >= 5 && isDigit(p[1]) && isDigit(p[2]) && isDigit(p[3]) && isDigit(p[4]))
        length = 5;
    if (length == 0 || (left > length && isDigit(p[length])))
        return Zone::Unsure;
    const int hours = twoDigits(p + 1);
    const int minutes = twoDigits(p + length - 2);
    if (hours > 14 || minutes > 59)
        return Zone::Unsure;
    offset = (c == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
    pos += length;
    return Zone::Offset;
}

} // namespace

int iso(QByteArrayView s, const TimeContext &ctx, TimeNs &out)
{
    constexpr qsizetype kStampLength = 19; // yyyy-mm-ddTHH:MM:SS
    if (s.size() < kStampLength)
        return 0;
    qint64 local = 0;
    if (!isoLocalSeconds(s.data(), local))
        return 0;
    int nanos = 0;
    qsizetype pos = fraction(s, kStampLength, nanos);
    int offset = 0;
    const Zone zone = isoZone(s, pos, offset);
    if (zone == Zone::Unsure)
        return 0;
    const qint64 utc = zone == Zone::Offset ? local - offset : ctx.localToUtc(local);
    out = utc * kNsPerSec + nanos;
    return int(pos);
}

int clf(QByteArrayView s, TimeNs &out)
{
    // "dd/Mon/yyyy:HH:MM:SS +hhmm", not followed by a digit (TimeParser
    // would then drop the zone).
    constexpr qsizetype kLength = 26;
    if (s.size() < kLength || (s.size() > kLength && isDigit(s[kLength])))
        return 0;
    const char *p = s.data();
    const ClfMinute::Key key = ClfMinute::keyOf(p);
    if (t_clfMinute.valid && key == t_clfMinute.key) {
        // The stamp of a line before but for its seconds: those are all to read.
        if (!isDigit(p[18]) || !isDigit(p[19]) || twoDigits(p + 18) > 60)
            return 0;
        out = (t_clfMinute.utcSeconds + twoDigits(p + 18)) * kNsPerSec;
        return int(kLength);
    }
    if (p[2] != '/' || p[6] != '/' || p[11] != ':' || p[20] != ' ' || (p[21] != '+' && p[21] != '-'))
        return 0;
    const int seconds = clock(p + 12);
    if (seconds < 0 || !isDigit(p[22]) || !isDigit(p[23]) || !isDigit(p[24]) || !isDigit(p[25]))
        return 0;
    const quint64 head = load8(p);     // "dd/Mon/y"
    const quint64 tail = load8(p + 3); // "Mon/yyyy"
    qint64 days = t_clfDay.days;
    if (!t_clfDay.hit(head, tail)) {
        if (!isDigit(p[0]) || !isDigit(p[1]) || !isDigit(p[7]) || !isDigit(p[8]) || !isDigit(p[9]) || !isDigit(p[10]))
            return 0;
        const int month = monthNumber(p + 3);
        const int day = twoDigits(p);
        const int year = twoDigits(p + 7) * 100 + twoDigits(p + 9);
        if (month == 0 || year < 1678 || year > 2261 || day < 1 || day > daysIn(year, month))
            return 0;
        days = TimeParser::daysFromCivil(year, month, day);
        t_clfDay.store(head, tail, days);
    }
    const int zoneHours = twoDigits(p + 22);
    const int zoneMinutes = twoDigits(p + 24);
    if (zoneHours > 14 || zoneMinutes > 59)
        return 0;
    const qint64 offset = (p[21] == '-' ? -1 : 1) * (zoneHours * 3600 + zoneMinutes * 60);
    t_clfMinute = ClfMinute{key, days * 86400 + (seconds - twoDigits(p + 18)) - offset, true};
    out = (days * 86400 + seconds - offset) * kNsPerSec;
    return int(kLength);
}

} // namespace FastTime
