// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parse/timecontext.h"
#include "record/record.h"

#include <QByteArray>
#include <QByteArrayView>

/// The timestamp layouts the engine reads without a regex.
enum class TimeLayout : quint8 {
    None,
    Iso,      ///< 2024-01-15T10:00:00.123456789+01:00, ' ' for 'T', ',' for '.', Z/±hh:mm/±hhmm/±hh/none
    SlashYmd, ///< 2024/01/15 10:00:00[.fff] (Go's log package)
    Clf,      ///< 10/Oct/2000:13:55:36 -0700
    Syslog,   ///< Oct 11 22:14:15[.ffffff] (no year)
    Ctime,    ///< Sun Dec 04 04:47:44 2005 (Apache error log, asctime)
    Epoch,    ///< 10 (s, optional .fraction), 13 (ms), 16 (µs) or 19 (ns) digits
    Glog,     ///< I0115 10:00:00.123456 (level letter, no year)
    ShortYmd, ///< 17/06/09 20:10:40 (Spark/Hadoop yy/MM/dd)
    Compact,  ///< 081109 203615 (HDFS yyMMdd HHmmss)
    MonthDay, ///< 03-17 16:13:38.811 (Android logcat, no year)
    TimeOfDay, ///< 16:13:38[.811] (no date: see TimeParser)
};

/// Allocation-free timestamp parsers for the hot path.
///
/// Every parser reads a timestamp at the start of @p text and returns the
/// number of bytes it consumed, or 0 when the text does not start with a
/// valid timestamp of that layout (the output is then untouched). Zone-less
/// times are taken in @p ctx's zone; missing years are inferred from the
/// context's reference time: the reference's year, or the year before when
/// that would put the time more than a day after the reference (rollover).
/// A time of day alone is put on the reference's day, or the day before when
/// that would put it more than an hour after the reference (a file written
/// across midnight; older days cannot be told from a line alone).
/// ISO and CLF stamps of the common shapes take a fast path (FastTime).
/// Thread-safe; no regex, no allocation.
namespace TimeParser {

int parse(TimeLayout layout, QByteArrayView text, const TimeContext &ctx, TimeNs &out);

/// parse() without the fast paths: the reference the tests hold them to.
int parseGeneral(TimeLayout layout, QByteArrayView text, const TimeContext &ctx, TimeNs &out);

/// Tries every layout at the start of @p text (one leading '[' is skipped
/// and counted). Returns the consumed length and sets @p layout, or 0.
int sniff(QByteArrayView text, const TimeContext &ctx, TimeNs &out, TimeLayout &layout);

/// Epoch seconds/milliseconds/microseconds/nanoseconds chosen by the number
/// of integer digits (10 / 13 / 16 / 19); seconds may carry a fraction.
int parseEpoch(QByteArrayView text, TimeNs &out);

/// ISO 8601 with offset: "2024-01-15T10:00:00.123+01:00" in @p ctx's zone,
/// or "...Z" when @p utc. The fraction has 0, 3, 6 or 9 digits as needed.
QByteArray formatIso(TimeNs time, const TimeContext &ctx, bool utc = false);

/// Days since 1970-01-01 of a proleptic Gregorian date (no validation).
constexpr qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

} // namespace TimeParser
