// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

void installTranslations()
{
    auto *app = QCoreApplication::instance();
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(app);
    // Any language without a catalogue of its own gets the English plural
    // forms, so "%n record(s)" reads "1 record" / "2 records".
    if (own->load(QLocale(), QStringLiteral("tideline"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("tideline_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}
