// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filecommand.h"

#include "clicommands.h"
#include "loginput.h"

#include "parse/formatregistry.h"
#include "parse/levelnames.h"

FileCommand::FileCommand(const QString &name, const QString &description)
    : m_name(name)
    , m_help({QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help."))
    , m_json(QStringLiteral("json"), Cli::tr("One JSON object per file."))
    , m_formatName(QStringLiteral("format-name"), Cli::tr("Read the files as format NAME instead of detecting it."),
                   QStringLiteral("NAME"))
{
    m_parser.setApplicationDescription(description);
}

std::optional<int> FileCommand::parse(const QStringList &arguments)
{
    m_parser.addOptions({m_help, m_json, m_formatName});
    m_parser.addPositionalArgument(QStringLiteral("FILE"), Cli::tr("Log files; - reads standard input."), QStringLiteral("FILE..."));
    if (!m_parser.parse(arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(m_help)) {
        printOut(m_parser.helpText());
        return ExitOk;
    }
    if (m_parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("%1 needs at least one FILE").arg(m_name));
    return std::nullopt;
}

int FileCommand::forEachFile(const Describe &describe) const
{
    const FormatRegistry registry = cliFormatRegistry();
    int status = ExitOk;
    for (const QString &path : m_parser.positionalArguments()) {
        const auto input = LogInput::open(path, registry, m_parser.value(m_formatName));
        const auto text = input ? describe(**input) : std::unexpected(input.error());
        if (!text) {
            printErr(QStringLiteral("tideline-cli: %1\n").arg(text.error()));
            status = ExitFailure;
            continue;
        }
        printOut(*text);
    }
    return status;
}

QJsonObject levelCountsJson(const std::array<qint64, kLevelCount> &counts)
{
    QJsonObject levels;
    for (int i = 0; i < kLevelCount; ++i) {
        if (const qint64 n = counts[static_cast<std::size_t>(i)])
            levels.insert(QString::fromLatin1(levelName(static_cast<Level>(i))), n);
    }
    return levels;
}

QString levelCountsText(const std::array<qint64, kLevelCount> &counts)
{
    QStringList levels;
    for (int i = kLevelCount - 1; i >= 0; --i) {
        if (const qint64 n = counts[static_cast<std::size_t>(i)])
            levels << QStringLiteral("%1 %2").arg(QString::fromLatin1(levelName(static_cast<Level>(i)))).arg(n);
    }
    return levels.join(u", ");
}
