// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "settingsguard.h"

#include "filterbar.h"
#include "logtab.h"

#include "gen/demolog.h"
#include "i18n/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTextDocument>

#include <unistd.h>

int main(int argc, char *argv[])
{
    // The engine's debug messages (several a second while following) are for
    // developers, not for the terminal Tideline was started from:
    // QT_LOGGING_RULES="tideline.*.debug=true" shows them (it overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("tideline.*.debug=false"));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tideline"));
    QApplication::setApplicationName(QStringLiteral("tideline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tideline"));
    QApplication::setApplicationVersion(QStringLiteral(TIDELINE_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.tideline.Tideline")); // matches packaging/
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/tideline/icons/tideline.svg")));
    installTranslations();
    const std::optional<QString> settingsProblem = SettingsGuard::backUpIfCorrupt();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Tideline, a log viewer for large files."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"), QCoreApplication::translate("main", "Log files to open."),
                                 QStringLiteral("[FILE...]"));
    const QCommandLineOption follow(QStringLiteral("follow"),
                                    QCoreApplication::translate("main", "Follow the files as they grow."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QCoreApplication::translate("main", "Open a live demo log that keeps growing."));
    const QCommandLineOption query({QStringLiteral("q"), QStringLiteral("query")},
                                   QCoreApplication::translate("main", "Filter the opened files with QUERY."),
                                   QStringLiteral("QUERY"));
    parser.addOptions({follow, demo, query});
    parser.process(app);

    MainWindow window;
    window.show();
    if (settingsProblem)
        QMessageBox::warning(&window, QCoreApplication::translate("main", "Tideline"), Qt::convertFromPlainText(*settingsProblem));
    window.setFollowNewTabs(parser.isSet(follow));
    QList<LogTab *> opened;
    DemoLog demoLog;
    if (parser.isSet(demo)) {
        if (auto path = demoLog.start(); path) {
            window.setFollowNewTabs(true);
            opened << window.openFile(*path);
            window.setFollowNewTabs(parser.isSet(follow));
        } else {
            QMessageBox::warning(&window, QCoreApplication::translate("main", "Tideline"), Qt::convertFromPlainText(path.error()));
        }
    }
    for (const QString &path : parser.positionalArguments()) {
        opened << (path == u"-" ? window.openStream(STDIN_FILENO, QCoreApplication::translate("main", "standard input"))
                                : window.openFile(path));
    }
    if (parser.isSet(query)) {
        for (LogTab *tab : opened)
            if (tab)
                tab->filterBar()->setText(parser.value(query));
    }
    return QApplication::exec();
}
