// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "parse/formatregistry.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

QString userFormatDirectory()
{
    // The GUI's folder (organisation "Tideline", application "tideline"), so that
    // both read the same user formats; FormatRegistry::defaultUserFormatDirectory()
    // would name tideline-cli's own folder.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/Tideline/tideline/formats");
}

FormatRegistry cliFormatRegistry()
{
    FormatRegistry registry;
    for (const FormatLoadError &error : registry.loadUserFormats(userFormatDirectory()))
        printErr(QStringLiteral("tideline-cli: %1\n").arg(error.message()));
    return registry;
}

int runFormats(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Lists the built-in and user-defined log formats."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help."));
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("One JSON array of {name, description, builtin}."));
    parser.addOptions({help, json});
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        printOut(parser.helpText());
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("formats takes no FILE"));
    const FormatRegistry registry = cliFormatRegistry();
    QJsonArray array;
    QString text;
    for (const LogFormatPtr &format : registry.formats()) {
        const bool builtin = FormatRegistry::builtin(format->name()) == format;
        array.append(QJsonObject{{QStringLiteral("name"), format->name()},
                                 {QStringLiteral("description"), format->description()},
                                 {QStringLiteral("builtin"), builtin}});
        text += QStringLiteral("%1  %2%3\n")
                    .arg(format->name(), -18)
                    .arg(format->description(), builtin ? QString() : Cli::tr(" (user format)"));
    }
    printOut(parser.isSet(json) ? QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) + u'\n' : text);
    return ExitOk;
}
