// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parse/logformat.h"

#include <QByteArrayView>

/// How a record of several lines (a first line plus folded continuation
/// lines) is read. Shared by the filter engine, the CLI and tests, so that
/// all of them see the same Record for the same bytes. Pure functions,
/// thread-safe.
namespace FoldedRecord {

/// @p bytes without one final "\n" or "\r\n".
QByteArrayView withoutTerminator(QByteArrayView bytes);

/// The first line of @p record (without its terminator, '\r' kept as
/// LogFormat expects).
QByteArrayView firstLine(QByteArrayView record);

/// Parses @p record (its bytes, final terminator optional) with @p format:
/// the first line gives time, level and fields; raw is the whole record
/// without its final terminator; a message that runs to the end of the
/// first line runs on to the end of the record. The views point into
/// @p record. Returns LogFormat::parse()'s result.
bool parse(const LogFormat &format, QByteArrayView record, Record &out, const TimeContext &ctx);

/// The portion of a line startsRecord() sees: at most kStartBytes bytes.
inline constexpr qsizetype kStartBytes = 4096;
/// The continuation rule of the engine: the first line of a scan always
/// starts a record; any other line when format.startsRecord() says so,
/// given at most its first kStartBytes bytes (without terminator).
bool startsRecord(const LogFormat &format, QByteArrayView lineWithoutNewline);

} // namespace FoldedRecord
