// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/logfile.h"
#include "model/logtablemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

/// The table's columns for the formats people have, under the model tester.
class TestLogTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("TZ", "UTC");
    }

    void columns_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QStringList>("row");
        QTest::newRow("json") << QByteArray(R"({"ts":"2026-03-14T08:00:01.250Z","level":"warn","service":"checkout","msg":"slow query"})"
                                            "\n")
                              << QStringLiteral("json")
                              << QStringList{QStringLiteral("1"), QStringLiteral("2026-03-14 08:00:01.250"),
                                             QStringLiteral("WARN"), QStringLiteral("checkout"), QStringLiteral("slow query")};
        QTest::newRow("access") << QByteArray(R"(192.0.2.1 - - [14/Mar/2026:08:00:02 +0000] "GET /x HTTP/1.1" 503 12 "-" "curl/8")"
                                              "\n")
                                << QStringLiteral("access-combined")
                                << QStringList{QStringLiteral("1"), QStringLiteral("2026-03-14 08:00:02.000"), QStringLiteral("ERROR"),
                                               QString(), QString()};
        QTest::newRow("plain") << QByteArray("just some words\n") << QStringLiteral("plain")
                               << QStringList{QStringLiteral("1"), QString(), QString(), QString(), QStringLiteral("just some words")};
    }

    void columns()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, format);
        QFETCH(QStringList, row);
        const QString path = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();

        LogFile log;
        LogTableModel model(&log);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&log, &LogFile::indexingFinished);
        QVERIFY(log.open(path));
        QVERIFY(finished.wait(10000));
        QVERIFY(log.format());
        QCOMPARE(log.format()->name(), format);
        QCOMPARE(model.rowCount(), 1);
        for (int column = 0; column < row.size(); ++column) {
            if (row[column].isNull())
                continue; // not checked
            QCOMPARE(model.index(0, column).data().toString(), row[column]);
        }
    }

    void mixedLinesFallBackToOtherFormats()
    {
        // A JSON file with one access line: that line still gets its columns.
        const QString path = m_dir.filePath(QStringLiteral("mixed.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 20; ++i)
            file.write(R"({"ts":"2026-03-14T08:00:01Z","level":"info","msg":"ok"})"
                       "\n");
        file.write(R"(192.0.2.1 - - [14/Mar/2026:08:00:02 +0000] "GET /x HTTP/1.1" 404 12 "-" "curl/8")"
                   "\n");
        file.close();
        LogFile log;
        LogTableModel model(&log);
        QSignalSpy finished(&log, &LogFile::indexingFinished);
        QVERIFY(log.open(path));
        QVERIFY(finished.wait(10000));
        QCOMPARE(log.format()->name(), QStringLiteral("json"));
        QCOMPARE(model.index(20, LogTableModel::LevelColumn).data().toString(), QStringLiteral("WARN"));
        QCOMPARE(model.index(20, 0).data(LogTableModel::LevelRole).toInt(), int(Level::Warn));
    }

    void headers()
    {
        LogFile log;
        LogTableModel model(&log);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.headerData(LogTableModel::MessageColumn, Qt::Horizontal).toString(), QStringLiteral("Message"));
    }
};

QTEST_GUILESS_MAIN(TestLogTableModel)
#include "tst_logtablemodel.moc"
