// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightrepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>

#include <QGlobalStatic>

Q_GLOBAL_STATIC(KSyntaxHighlighting::Repository, s_repository)

KSyntaxHighlighting::Repository &highlightRepository()
{
    return *s_repository;
}

KSyntaxHighlighting::Definition logFileDefinition()
{
    KSyntaxHighlighting::Repository &repository = highlightRepository();
    for (const QString &name : {QStringLiteral("Log File (advanced)"), QStringLiteral("Log File (simplified)"),
                               QStringLiteral("Log File")}) {
        KSyntaxHighlighting::Definition definition = repository.definitionForName(name);
        if (definition.isValid())
            return definition;
    }
    return {};
}

KSyntaxHighlighting::Definition jsonDefinition()
{
    return highlightRepository().definitionForName(QStringLiteral("JSON"));
}
