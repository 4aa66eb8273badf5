// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/timecontext.h"

#include <QDateTime>
#include <QFileInfo>

#include <array>
#include <algorithm>
#include <atomic>
#include <limits>

namespace {

std::atomic<quint32> g_nextId{1};

struct CacheEntry
{
    quint32 id = 0;
    qint64 hour = 0;
    int offset = 0;
};

constexpr size_t kCacheSize = 256;
thread_local std::array<CacheEntry, kCacheSize> t_cache{};

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

} // namespace

TimeContext::TimeContext()
    : TimeContext(QDateTime::currentMSecsSinceEpoch() * 1'000'000)
{
}

TimeContext::TimeContext(TimeNs reference, const QTimeZone &zone)
    : m_reference(reference)
    , m_zone(zone.isValid() ? zone : QTimeZone(QTimeZone::UTC))
    , m_id(g_nextId.fetch_add(1, std::memory_order_relaxed))
{
    const QDateTime ref = QDateTime::fromMSecsSinceEpoch(floorDiv(reference, 1'000'000), m_zone);
    m_referenceYear = ref.date().year();
    m_referenceDay = QDate(1970, 1, 1).daysTo(ref.date());
    if (m_zone.timeSpec() == Qt::UTC || m_zone.timeSpec() == Qt::OffsetFromUTC) {
        m_fixed = true;
        m_fixedOffset = m_zone.fixedSecondsAheadOfUtc();
    }
}

TimeContext TimeContext::forFile(const QString &path, const QTimeZone &zone)
{
    const QFileInfo info(path);
    const QDateTime mtime = info.lastModified(QTimeZone::UTC);
    if (!mtime.isValid())
        return TimeContext(QDateTime::currentMSecsSinceEpoch() * 1'000'000, zone);
    return TimeContext(mtime.toMSecsSinceEpoch() * 1'000'000, zone);
}

int TimeContext::computeOffset(qint64 localHour) const
{
    // The offsets in force a day either side of this wall time are the only
    // candidates (zones change offset at most once a day). An offset o fits
    // when the instant local - o really has offset o. Two fit in a fall-back
    // overlap: take the larger (the first occurrence). None fits in a
    // spring-forward gap: take the smaller, which moves the time forward.
    const qint64 local = localHour * 3600;
    auto offsetAtUtc = [this](qint64 utc) { return m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utc, QTimeZone::UTC)); };
    const std::array<int, 3> candidates{offsetAtUtc(local - 86400), offsetAtUtc(local), offsetAtUtc(local + 86400)};
    int best = std::numeric_limits<int>::min();
    int smallest = std::numeric_limits<int>::max();
    for (int o : candidates) {
        smallest = std::min(smallest, o);
        if (offsetAtUtc(local - o) == o)
            best = std::max(best, o);
    }
    return best != std::numeric_limits<int>::min() ? best : smallest;
}

qint64 TimeContext::localToUtc(qint64 localSeconds) const
{
    if (m_fixed)
        return localSeconds - m_fixedOffset;
    // floorDiv(localSeconds, 3600) in one division by a constant (once per line).
    const qint64 hour = (localSeconds >= 0 ? localSeconds : localSeconds - 3599) / 3600;
    // Contexts get different slots for the same hour: two contexts used in
    // turn (the engine's and a format's own) must not evict each other.
    CacheEntry &e = t_cache[(static_cast<size_t>(hour) + size_t{m_id} * 61) % kCacheSize];
    if (e.id != m_id || e.hour != hour) {
        e.id = m_id;
        e.hour = hour;
        e.offset = computeOffset(hour);
    }
    return localSeconds - e.offset;
}

int TimeContext::offsetAt(qint64 utcSeconds) const
{
    if (m_fixed)
        return m_fixedOffset;
    return m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(utcSeconds, QTimeZone::UTC));
}
