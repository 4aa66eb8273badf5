// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "logtab.h"
#include "logview.h"

#include "gen/loggenerator.h"
#include "index/logfile.h"
#include "model/logtablemodel.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

/// The real main window, opening real files as a user would.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString generated(const QString &name, qint64 lines)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        GeneratorOptions options;
        options.format = GeneratorFormat::Access;
        LogGenerator generator(options);
        if (!file.open(QIODevice::WriteOnly) || !generator.writeLines(file, lines))
            qFatal("cannot write fixture");
        return path;
    }

    static QString expectedLine(const QString &path, int line)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll().split('\n').at(line));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TidelineTest"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void opensFileAndShowsRows()
    {
        const QString path = generated(QStringLiteral("access.log"), 50000);
        MainWindow window;
        window.resize(900, 500);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LogTab *tab = window.openFile(path);
        QVERIFY(tab);
        QCOMPARE(window.tabs()->count(), 1);
        QCOMPARE(window.tabs()->tabText(0), QStringLiteral("access.log"));
        QTRY_COMPARE(tab->view()->model()->rowCount(), 50000);
        QTRY_VERIFY(!tab->logFile()->isIndexing());

        // The first screen shows the first lines of the file.
        LogView *view = tab->view();
        QCOMPARE(view->firstVisibleRow(), 0);
        QVERIFY(view->visibleRowCount() > 5);
        QCOMPARE(view->model()->index(0, 0).data(LogTableModel::RawTextRole).toString(), expectedLine(path, 0));

        // Ctrl+End, as a user would, shows the last line.
        QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(view->currentRow(), 49999);
        QVERIFY(view->isAtBottom());
        QCOMPARE(view->model()->index(view->currentRow(), 0).data(LogTableModel::RawTextRole).toString(), expectedLine(path, 49999));

        // The status bar names the file and the line count.
        const QString status = window.statusBar()->findChild<QLabel *>()->text();
        QVERIFY2(status.contains(QStringLiteral("access.log")), qPrintable(status));
        QVERIFY2(status.contains(QLocale().toString(50000)), qPrintable(status));
    }

    void formatCanBeOverridden()
    {
        const QString path = generated(QStringLiteral("override.log"), 100);
        MainWindow window;
        window.show();
        LogTab *tab = window.openFile(path);
        QVERIFY(tab);
        QTRY_COMPARE(tab->formatName(), QStringLiteral("access-combined"));
        QVERIFY(!tab->view()->model()->index(0, LogTableModel::LevelColumn).data().toString().isEmpty());
        tab->setFormatName(QStringLiteral("plain"));
        QCOMPARE(tab->formatName(), QStringLiteral("plain"));
        QVERIFY(tab->view()->header()->isSectionHidden(LogTableModel::LevelColumn));
        const QString status = window.statusBar()->findChild<QLabel *>()->text();
        QVERIFY2(status.contains(QStringLiteral("format: plain")), qPrintable(status));
    }

    void openingTheSameFileAgainReusesItsTab()
    {
        const QString path = generated(QStringLiteral("twice.log"), 10);
        MainWindow window;
        QVERIFY(window.openFile(path));
        QVERIFY(window.openFile(path));
        QCOMPARE(window.tabs()->count(), 1);
    }

    void missingFileGivesMessageNotTab()
    {
        MainWindow window;
        window.show();
        QVERIFY(!window.openFile(m_dir.filePath(QStringLiteral("missing.log"))));
        QCOMPARE(window.tabs()->count(), 0);
        QMessageBox *box = window.findChild<QMessageBox *>();
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("does not exist")));
        QCOMPARE(box->textFormat(), Qt::PlainText);
    }

    void closingTabWhileIndexing()
    {
        const QString path = generated(QStringLiteral("big.log"), 300000);
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        for (int i = 0; i < 5; ++i) {
            QVERIFY(window.openFile(path));
            QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
            QCOMPARE(window.tabs()->count(), 0);
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
