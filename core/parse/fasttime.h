// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parse/timecontext.h"
#include "record/record.h"

#include <QByteArrayView>

/// The fast paths TimeParser::parse() tries first for its two most common
/// layouts. They read only the usual shapes, with fixed-position checks of
/// eight bytes at a time and a per-thread cache of the last date (most lines
/// repeat the date of the line before): no regex, no allocation, no loop
/// over layouts. Anything else gives 0, and TimeParser then reads the text
/// the general way; when they return a length, it and the time are exactly
/// what the general parser gives. Thread-safe.
namespace FastTime {

/// "yyyy-mm-ddTHH:MM:SS" ('T', 't' or ' '), an optional fraction ('.' or ','
/// and digits), then "Z", "±hh:mm", "±hhmm" or no zone (taken in @p ctx's
/// zone). Returns the bytes consumed or 0.
int iso(QByteArrayView text, const TimeContext &ctx, TimeNs &out);

/// "dd/Mon/yyyy:HH:MM:SS ±hhmm" (26 bytes, not followed by a digit).
/// Returns 26 or 0.
int clf(QByteArrayView text, TimeNs &out);

} // namespace FastTime
