// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/record.h"

#include <QStringView>

#include <optional>

/// The span of time a since:/until: value names: [begin, end).
///
/// A relative time names one instant (begin == end - 1). An absolute time
/// names the whole unit it was written to: "2024-01-15" the whole day,
/// "2024-01-15T10:00" the whole minute, "...:30" the second, "...:30.25"
/// the hundredth. since: keeps records at or after begin, until: keeps
/// records before end, so both bounds include what was written.
struct QueryTimeSpan
{
    TimeNs begin = 0;
    TimeNs end = 0;
};

/// Reads a time value of the query language, or nothing when it is not one.
///
/// Relative: "-30s", "-15m", "-2h", "-1d", "-1w" (before @p now), and "now".
/// Absolute: "2024-01-15", "2024-01-15T10:00", "2024-01-15T10:00:30" with an
/// optional fraction of up to 9 digits and an optional zone "Z", "+02:00",
/// "+0200" or "-05"; without a zone the local time zone is used.
std::optional<QueryTimeSpan> parseQueryTime(QStringView text, TimeNs now);
