// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filter/filterchunk.h"
#include "parse/logformat.h"
#include "query/query.h"

#include <QByteArray>

#include <vector>

/// One matching record as the tests compare them.
struct MatchRow
{
    qint64 line = 0;  ///< 0-based first line
    qint64 lines = 0; ///< lines in the record
    qint64 begin = 0; ///< byte range, terminator included
    qint64 end = 0;
    bool operator==(const MatchRow &) const = default;
};

/// What a whole scan found.
struct ScanOutcome
{
    std::vector<MatchRow> matches;
    FilterStats stats;
    qint64 lines = 0;
};

/// The slow, obvious filter the engine is checked against: the whole file
/// in memory, split into lines one by one, folded one record at a time,
/// every record fully parsed. Single-threaded.
ScanOutcome referenceFilter(const QByteArray &data, const LogFormat &format, const TimeContext &ctx, const Query &query);
