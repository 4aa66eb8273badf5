// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parse/timecontext.h"

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

/// Histogram bucket boundaries on "nice" times of a display zone.
///
/// Sizes up to an hour are aligned on the zone's wall clock at each
/// instant (an hour bucket starts at a full local hour; across a DST change
/// every bucket still lasts one hour, so the repeated local hour of the
/// autumn change gives two buckets). Sizes of 3, 6, 12 hours and a day are
/// calendar buckets: they start at local 00:00, 03:00, ... and last 23 or
/// 25 hours on the days of a DST change.
///
/// Immutable after construction; safe to share between threads.
class TimeGrid
{
public:
    /// The nice bucket sizes in seconds, ascending: 1 s to 1 day.
    static constexpr std::array<qint64, 13> kSizes{1, 5, 10, 30, 60, 300, 600, 1800, 3600, 10800, 21600, 43200, 86400};

    /// Buckets of @p bucketSeconds (one of kSizes) in @p zone.
    TimeGrid(qint64 bucketSeconds, const QTimeZone &zone);

    qint64 bucketSeconds() const { return m_size; }
    const QTimeZone &zone() const { return m_context.zone(); }
    /// The start (UTC seconds) of the bucket holding @p utcSeconds.
    qint64 floor(qint64 utcSeconds) const;
    /// The start of the bucket after the one starting at @p bucketStart.
    qint64 next(qint64 bucketStart) const;

    /// The smallest size in kSizes, at least @p minSeconds, that cuts
    /// @p spanSeconds into at most @p maxBuckets buckets (1 day at most).
    static qint64 chooseSize(qint64 spanSeconds, int maxBuckets, qint64 minSeconds = 1);
    /// "1s", "5s", "1m", "30m", "1h", "1d" (also "60s", "3h", "1440m") to a
    /// size in kSizes; nothing for other values.
    static std::optional<qint64> parseSize(QStringView text);
    /// The shortest name parseSize() reads back: "30s", "5m", "3h", "1d".
    static QString sizeName(qint64 seconds);

private:
    qint64 m_size;
    TimeContext m_context;
    bool m_calendar; // longer than an hour: local calendar alignment
};
