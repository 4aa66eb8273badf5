// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timegrid.h"

#include <algorithm>

namespace {

qint64 floorTo(qint64 value, qint64 step)
{
    const qint64 q = value / step;
    return (q * step > value ? q - 1 : q) * step;
}

} // namespace

TimeGrid::TimeGrid(qint64 bucketSeconds, const QTimeZone &zone)
    : m_size(std::max<qint64>(1, bucketSeconds))
    , m_context(0, zone)
    , m_calendar(m_size > 3600)
{
}

qint64 TimeGrid::floor(qint64 utcSeconds) const
{
    const qint64 local = utcSeconds + m_context.offsetAt(utcSeconds);
    if (!m_calendar)
        return utcSeconds - (local - floorTo(local, m_size));
    qint64 localStart = floorTo(local, m_size);
    // A start in a DST gap moves forward; it may then lie after the time.
    for (int i = 0; i < 3; ++i) {
        const qint64 start = m_context.localToUtc(localStart);
        if (start <= utcSeconds)
            return start;
        localStart -= m_size;
    }
    return utcSeconds - (local - floorTo(local, m_size));
}

qint64 TimeGrid::next(qint64 bucketStart) const
{
    if (!m_calendar) {
        // The following bucket on the wall clock of its own instant.
        const qint64 candidate = bucketStart + m_size;
        const qint64 start = floor(candidate);
        return start > bucketStart ? start : candidate;
    }
    const qint64 local = bucketStart + m_context.offsetAt(bucketStart);
    for (qint64 step = 1; step <= 3; ++step) {
        const qint64 start = m_context.localToUtc(floorTo(local, m_size) + step * m_size);
        if (start > bucketStart)
            return start;
    }
    return bucketStart + m_size;
}

qint64 TimeGrid::chooseSize(qint64 spanSeconds, int maxBuckets, qint64 minSeconds)
{
    const qint64 buckets = std::max(1, maxBuckets);
    for (qint64 size : kSizes) {
        if (size >= minSeconds && (spanSeconds + size - 1) / size <= buckets)
            return size;
    }
    return kSizes.back();
}

std::optional<qint64> TimeGrid::parseSize(QStringView text)
{
    text = text.trimmed();
    if (text.size() < 2)
        return std::nullopt;
    bool ok = false;
    const qint64 number = text.first(text.size() - 1).toLongLong(&ok);
    if (!ok || number <= 0)
        return std::nullopt;
    qint64 unit = 0;
    switch (text.back().toLatin1()) {
    case 's': unit = 1; break;
    case 'm': unit = 60; break;
    case 'h': unit = 3600; break;
    case 'd': unit = 86400; break;
    default: return std::nullopt;
    }
    const qint64 seconds = number * unit;
    if (std::find(kSizes.begin(), kSizes.end(), seconds) == kSizes.end())
        return std::nullopt;
    return seconds;
}

QString TimeGrid::sizeName(qint64 seconds)
{
    if (seconds % 86400 == 0)
        return QStringLiteral("%1d").arg(seconds / 86400);
    if (seconds % 3600 == 0)
        return QStringLiteral("%1h").arg(seconds / 3600);
    if (seconds % 60 == 0)
        return QStringLiteral("%1m").arg(seconds / 60);
    return QStringLiteral("%1s").arg(seconds);
}
