// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "querytime.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

constexpr TimeNs kNsPerSecond = 1'000'000'000;

std::optional<QueryTimeSpan> parseRelative(QStringView text, TimeNs now)
{
    if ("now"_L1.compare(text, Qt::CaseInsensitive) == 0)
        return QueryTimeSpan{now, now + 1};
    if (text.size() < 3 || text.size() > 11 || text.front() != u'-')
        return std::nullopt;
    const QStringView digits = text.sliced(1, text.size() - 2);
    for (QChar c : digits)
        if (c < u'0' || c > u'9')
            return std::nullopt;
    TimeNs unit = 0;
    switch (text.back().unicode()) {
    case u's': unit = kNsPerSecond; break;
    case u'm': unit = 60 * kNsPerSecond; break;
    case u'h': unit = 3600 * kNsPerSecond; break;
    case u'd': unit = 86400 * kNsPerSecond; break;
    case u'w': unit = 7 * 86400 * kNsPerSecond; break;
    default: return std::nullopt;
    }
    const qint64 count = digits.toLongLong();
    if (count > 100LL * 365 * 86400 * kNsPerSecond / unit)
        return std::nullopt; // more than a century back: surely a typo
    const TimeNs instant = now - count * unit;
    return QueryTimeSpan{instant, instant + 1};
}

const QRegularExpression &absolutePattern()
{
    static const QRegularExpression re(
        uR"(^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

std::optional<QTimeZone> zoneFrom(QStringView zone)
{
    if (zone.isEmpty())
        return QTimeZone(QTimeZone::LocalTime);
    if ("z"_L1.compare(zone, Qt::CaseInsensitive) == 0)
        return QTimeZone(QTimeZone::UTC);
    const int sign = zone.front() == u'-' ? -1 : 1;
    const int hours = zone.sliced(1, 2).toInt();
    QStringView rest = zone.sliced(3);
    if (rest.startsWith(u':'))
        rest = rest.sliced(1);
    const int minutes = rest.isEmpty() ? 0 : rest.toInt();
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    return QTimeZone::fromSecondsAheadOfUtc(sign * (hours * 3600 + minutes * 60));
}

TimeNs toNs(const QDateTime &dt)
{
    return dt.toMSecsSinceEpoch() * 1'000'000;
}

std::optional<QueryTimeSpan> parseAbsolute(QStringView text)
{
    const QRegularExpressionMatch m = absolutePattern().matchView(text);
    if (!m.hasMatch())
        return std::nullopt;
    const auto number = [&m](int group) { return m.capturedView(group).toInt(); };
    const QDate date(number(1), number(2), number(3));
    const bool hasTime = m.hasCaptured(4);
    const bool hasSeconds = m.hasCaptured(6);
    const QStringView fraction = m.capturedView(7);
    const QTime time = hasTime ? QTime(number(4), number(5), hasSeconds ? number(6) : 0) : QTime(0, 0);
    const std::optional<QTimeZone> zone = zoneFrom(m.capturedView(8));
    if (!date.isValid() || !time.isValid() || !zone)
        return std::nullopt;
    if (date.year() < 1678 || date.year() > 2261) // TimeNs (int64 ns) spans 1677-09-21 to 2262-04-11
        return std::nullopt;
    const QDateTime start(date, time, *zone);
    if (!start.isValid())
        return std::nullopt;
    if (!hasTime)
        return QueryTimeSpan{toNs(start), toNs(start.addDays(1))};
    if (!hasSeconds)
        return QueryTimeSpan{toNs(start), toNs(start) + 60 * kNsPerSecond};
    TimeNs sub = 0;
    TimeNs step = kNsPerSecond;
    for (QChar c : fraction) {
        step /= 10;
        sub += (c.unicode() - u'0') * step;
    }
    return QueryTimeSpan{toNs(start) + sub, toNs(start) + sub + step};
}

} // namespace

std::optional<QueryTimeSpan> parseQueryTime(QStringView text, TimeNs now)
{
    if (std::optional<QueryTimeSpan> relative = parseRelative(text, now))
        return relative;
    return parseAbsolute(text);
}
