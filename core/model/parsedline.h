// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parse/logformat.h"
#include "record/record.h"

#include <QByteArray>

#include <memory>
#include <vector>

/// One line parsed for display: its bytes and the Record whose views point
/// into them. Not copyable (the views would dangle); held by pointer.
struct ParsedLine
{
    QByteArray bytes;
    Record record;
    bool parsed = false; ///< false: no format understood the line (plain text)
    bool truncated = false;
    qint64 fullLength = 0;
};

/// Parses @p bytes with @p primary, and when that fails with each of
/// @p fallbacks in turn (a file that mixes JSON and access lines still
/// gets columns). Returns a plain record when none fits.
std::unique_ptr<ParsedLine> parseLine(QByteArray bytes, const LogFormatPtr &primary,
                                      const std::vector<LogFormatPtr> &fallbacks, const TimeContext &ctx);
