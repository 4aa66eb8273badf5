// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"
#include "logtab.h"
#include "logview.h"

#include "export/exportoptions.h"
#include "index/logfile.h"
#include "model/filteredmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

/// Edit > Copy As: the rows a person selected in the table, on the clipboard
/// in each format.
class TestCopyRows : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void copiesTheSelectedRecords_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("raw") << ExportFormat::Raw
                             << QStringList{QStringLiteral("{\"ts\":\"2026-03-14T08:00:01Z\",\"level\":\"error\",\"msg\":\"=cmd\"}"),
                                            QStringLiteral("{\"ts\":\"2026-03-14T08:00:02Z\",\"level\":\"warn\",\"msg\":\"slow, very\"}")};
        QTest::newRow("csv") << ExportFormat::Csv
                             << QStringList{QStringLiteral("'=cmd"), QStringLiteral("\"slow, very\"")};
        QTest::newRow("json lines") << ExportFormat::JsonLines
                                    << QStringList{QStringLiteral("\"message\":\"=cmd\""), QStringLiteral("\"message\":\"slow, very\"")};
    }

    void copiesTheSelectedRecords()
    {
        QFETCH(ExportFormat, format);
        QFETCH(QStringList, expected);
        const QString path = m_dir.filePath(QStringLiteral("copy.log"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\"ts\":\"2026-03-14T08:00:00Z\",\"level\":\"info\",\"msg\":\"first\"}\n"
                  "{\"ts\":\"2026-03-14T08:00:01Z\",\"level\":\"error\",\"msg\":\"=cmd\"}\n"
                  "{\"ts\":\"2026-03-14T08:00:02Z\",\"level\":\"warn\",\"msg\":\"slow, very\"}\n"
                  "{\"ts\":\"2026-03-14T08:00:03Z\",\"level\":\"info\",\"msg\":\"last\"}\n");
        out.close();
        LogTab tab;
        tab.resize(800, 400);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QVERIFY(tab.open(path));
        LogView *view = tab.view();
        QTRY_COMPARE(view->model()->rowCount(), 4);
        QTRY_VERIFY(!tab.logFile()->isIndexing());
        view->setFocus();
        view->setCurrentRow(1);
        QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier); // rows 1 and 2, as a person selects them
        QApplication::clipboard()->clear();
        QVERIFY(ExportDialog::copyRows(*tab.logFile(), *tab.filteredModel(), *view, format));
        const QString copied = QApplication::clipboard()->text();
        for (const QString &part : expected)
            QVERIFY2(copied.contains(part), qPrintable(copied));
        QVERIFY2(!copied.contains(QStringLiteral("first")) && !copied.contains(QStringLiteral("last")), qPrintable(copied));
    }
};

QTEST_MAIN(TestCopyRows)
#include "tst_copyrows.moc"
