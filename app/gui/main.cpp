// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "gen/demolog.h"
#include "i18n/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tideline"));
    QApplication::setApplicationName(QStringLiteral("tideline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tideline"));
    QApplication::setApplicationVersion(QStringLiteral(TIDELINE_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/tideline/icons/tideline.svg")));
    installTranslations();

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
    parser.addOptions({follow, demo});
    parser.process(app);

    MainWindow window;
    window.show();
    window.setFollowNewTabs(parser.isSet(follow));
    DemoLog demoLog;
    if (parser.isSet(demo)) {
        if (auto path = demoLog.start(); path) {
            window.setFollowNewTabs(true);
            window.openFile(*path);
            window.setFollowNewTabs(parser.isSet(follow));
        } else {
            QMessageBox::warning(&window, QCoreApplication::translate("main", "Tideline"), path.error());
        }
    }
    for (const QString &path : parser.positionalArguments()) {
        if (path == u"-") {
            QMessageBox::warning(&window, QCoreApplication::translate("main", "Tideline"),
                                 QCoreApplication::translate("main", "Reading standard input is not supported yet. "
                                                                 "Save the output to a file and open that."));
            continue;
        }
        window.openFile(path);
    }
    return QApplication::exec();
}
