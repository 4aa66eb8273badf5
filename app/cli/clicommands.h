// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

/// The translation context of tideline-cli's messages.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// Exit statuses of tideline-cli.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, ///< a file could not be read or written
    ExitUsage = 2,   ///< bad arguments or query
};

/// Each command gets its own arguments (argv without the command name,
/// starting with the program name) and returns the exit status.
int runStats(const QStringList &arguments);
int runGenerate(const QStringList &arguments);
int runFilterCommand(const QStringList &arguments);
int runFormats(const QStringList &arguments);
int runWatch(const QStringList &arguments);
int runHistogram(const QStringList &arguments);

class FormatRegistry;
/// The built-in and user formats; user format load errors go to stderr
/// as "tideline-cli: FILE:LINE: REASON".
FormatRegistry cliFormatRegistry();
/// RssAnon of /proc/self/status in bytes, -1 when unknown (benchmarks).
qint64 rssAnonBytes();

/// Prints @p message and a hint to stderr and returns ExitUsage.
int usageError(const QString &message);
/// Writes @p text to stdout / stderr as UTF-8.
void printOut(const QString &text);
void printErr(const QString &text);
