// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportoptions.h"
#include "parse/logformat.h"
#include "query/query.h"

#include <QString>

#include <vector>

/// What `tideline-cli filter FILE --follow` prints and how.
struct FollowRequest
{
    QString path;            ///< a file, or "-" for standard input
    std::vector<LogFormatPtr> candidates; ///< the formats to detect from
    LogFormatPtr format;     ///< chosen with --format-name; null: detect
    Query query;
    ExportOptions export_;   ///< raw, csv or jsonl; a CSV header once
    bool fromStart = false;  ///< also print the records already in the file
};

/// Follows one file the way the GUI does (LogFile: appends are indexed
/// without a rescan; rotation and truncation keep every line, once) and
/// prints each matching record as it is completed, through the Exporter.
/// A record is printed once its first line is complete; continuation lines
/// (a stack trace's frames) that arrive after that belong to it: in raw
/// output they are printed as they are when the record matched, and never
/// as records of their own; in csv and jsonl the record's row is already
/// out, so they are left out of it (what arrived together with the first
/// line is in the row).
/// A rotation or truncation is reported on standard error. Runs the event
/// loop until SIGINT or SIGTERM, or until standard input ends ("-"); a
/// query too expensive (Query::tooExpensiveError()) ends it with ExitUsage.
/// Returns the exit status.
int followAndPrint(const FollowRequest &request);
