// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parse/timecontext.h"
#include "record/level.h"
#include "record/record.h"

#include <QByteArrayView>

/// Reads the time and level of a JSON line by the shape of the last line
/// whose walk found both, on this thread (formats are shared between scan
/// threads, so the memo is per thread, not per format).
///
/// The lines of a JSON log mostly begin alike: `{"ts":"`, the time,
/// `","level":"`, the level. The memo keeps the bytes before the first of
/// the two values (the lead) and between the two (the gap). JsonFormat's
/// walk of a line is a function of its bytes, so a line with the same lead
/// and gap walks the same members to the same two keys as the line the
/// memo was learned from; only the two values are read, with the functions
/// the walk uses. Anything else (another shape, a value that does not read)
/// is a miss, and the caller walks the line.
namespace JsonHeadShape {

/// The time and level of @p line (trimmed, starting with '{') by the memo;
/// false on a miss (@p time and @p level then untouched).
bool read(QByteArrayView line, TimeNs &time, Level &level, const TimeContext &ctx);

/// Learns the shape of @p line, whose walk took its time from the scalar
/// value at byte @p timeAt and its level from the one at @p levelAt, and
/// stopped at the later of the two: a top-level member. (A walk that
/// completes inside a nested object goes on to the end of the line, so its
/// answer depends on more than the lead and the gap.)
void learn(QByteArrayView line, qsizetype timeAt, qsizetype levelAt);

/// Forgets this thread's memo (the fuzzer compares reads with and without it).
void forget();

/// What JsonFormat's walk makes of a value for a time key and for a level
/// key: the one definition both the walk and the memo use.
bool timeOfValue(QByteArrayView value, const TimeContext &ctx, TimeNs &out);
Level levelOfValue(QByteArrayView value);

} // namespace JsonHeadShape
