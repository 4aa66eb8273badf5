// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/record.h"

#include <QTimeZone>

QT_BEGIN_NAMESPACE
class QString;
QT_END_NAMESPACE

/// What a timestamp parser needs to know besides the text: the zone of
/// zone-less times and a reference time (the file's modification time) from
/// which missing years are inferred.
///
/// A TimeContext is immutable after construction and may be shared by any
/// number of threads. Local-to-UTC offsets are cached per local hour in a
/// small thread-local table, so converting a zone-less time costs one table
/// look-up on the hot path and stays correct across DST changes.
class TimeContext
{
public:
    /// Reference now, zone QTimeZone::systemTimeZone() (TZ is honoured).
    TimeContext();
    explicit TimeContext(TimeNs reference, const QTimeZone &zone = QTimeZone::systemTimeZone());

    /// Reference = the modification time of @p path (now when unreadable).
    static TimeContext forFile(const QString &path, const QTimeZone &zone = QTimeZone::systemTimeZone());

    TimeNs reference() const { return m_reference; }
    /// The reference's year in the context's zone.
    int referenceYear() const { return m_referenceYear; }
    /// The reference's day in the context's zone, in days since 1970-01-01.
    qint64 referenceDay() const { return m_referenceDay; }
    const QTimeZone &zone() const { return m_zone; }

    /// Seconds since the epoch (UTC) of a wall-clock time given as seconds
    /// since 1970-01-01T00:00:00 in the context's zone. A time in a DST gap
    /// moves forward (02:30 becomes 03:30); in an overlap the first occurrence wins.
    qint64 localToUtc(qint64 localSeconds) const;

    /// The zone's offset from UTC, in seconds, at @p utcSeconds.
    int offsetAt(qint64 utcSeconds) const;

private:
    int computeOffset(qint64 localHour) const;

    TimeNs m_reference;
    int m_referenceYear = 1970;
    qint64 m_referenceDay = 0;
    QTimeZone m_zone;
    quint32 m_id = 0;      ///< identifies this zone in the thread-local offset cache
    int m_fixedOffset = 0; ///< valid when m_fixed
    bool m_fixed = false;  ///< UTC or a fixed offset: no look-ups at all
};
