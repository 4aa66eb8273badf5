// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/level.h"

#include <QByteArrayView>

/// Level normalisation shared by every format. All functions are pure,
/// allocation-free and safe to call from any thread.
namespace LevelNames {

/// The level named by @p token, case-insensitively: TRACE/VERBOSE/V,
/// DEBUG/DBG/D, INFO/I/INFORMATION/INFORMATIONAL, NOTICE/N, WARN/WARNING/W,
/// ERROR/ERR/E, CRIT/CRITICAL/SEVERE/C, FATAL/F/PANIC/EMERG/EMERGENCY/ALERT/A;
/// numeric syslog severities 0-7 and bunyan/pino numbers 10-60.
/// Surrounding spaces, brackets and a trailing ':' are ignored.
/// Anything else is Level::Unknown.
Level parse(QByteArrayView token);

/// Like parse() but only for words of two letters or more and numbers
/// excluded: used where single letters would be ambiguous (free text).
Level parseWord(QByteArrayView token);

/// "trace" .. "fatal", or "unknown".
QByteArrayView name(Level level);

/// 5xx -> Error, 4xx -> Warn, anything else -> Info.
Level fromHttpStatus(int status);

} // namespace LevelNames

/// Convenience spellings used throughout the engine.
inline Level parseLevel(QByteArrayView token) { return LevelNames::parse(token); }
inline QByteArrayView levelName(Level level) { return LevelNames::name(level); }
inline Level levelFromHttpStatus(int status) { return LevelNames::fromHttpStatus(status); }
