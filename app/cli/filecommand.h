// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/level.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>

#include <array>

#include <expected>
#include <functional>
#include <optional>

class LogInput;

/// What the commands that describe each FILE (stats, histogram) share:
/// -h/--help, --json, --format-name NAME and FILE... (- reads standard
/// input), the parsing and usage errors, and the loop over the files.
///
/// The command adds its own options to parser() first, then calls parse();
/// forEachFile() opens each file and prints what the command makes of it.
class FileCommand
{
public:
    /// @p name is the command's name for messages; @p description its help text.
    FileCommand(const QString &name, const QString &description);

    QCommandLineParser &parser() { return m_parser; }
    /// Adds the shared options and parses @p arguments. An exit status when
    /// the command is done (help printed: ExitOk; a usage error printed:
    /// ExitUsage); nothing when it goes on.
    std::optional<int> parse(const QStringList &arguments);
    bool json() const { return m_parser.isSet(m_json); }

    /// Prints describe(input) for each file, or its error ("tideline-cli:
    /// MESSAGE" on stderr, and the next file). ExitFailure when any failed.
    using Describe = std::function<std::expected<QString, QString>(const LogInput &input)>;
    int forEachFile(const Describe &describe) const;

private:
    QString m_name;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QCommandLineOption m_json;
    QCommandLineOption m_formatName;
};

/// The non-zero counts of @p counts (indexed by Level) by level name, e.g. {"error": 3}.
QJsonObject levelCountsJson(const std::array<qint64, kLevelCount> &counts);
/// The same as text, most severe first: "error 3, warn 2" (empty: none).
QString levelCountsText(const std::array<qint64, kLevelCount> &counts);
