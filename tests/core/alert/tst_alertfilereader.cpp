// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alert/alertengine.h"
#include "alert/alertfilereader.h"
#include "alert/alertrulesloader.h"
#include "parse/formatregistry.h"

#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>

/// Records read from a file, folded and numbered, fed as a growing file would be.
class TestAlertFileReader : public QObject
{
    Q_OBJECT

    static AlertRule patternRule(const QString &query)
    {
        const QJsonObject object{{QStringLiteral("name"), QStringLiteral("p")},
                                 {QStringLiteral("kind"), QStringLiteral("pattern")},
                                 {QStringLiteral("query"), query}};
        return *AlertRulesLoader::parseRule(object, 0);
    }

private Q_SLOTS:
    void readsRecords_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<qint64>>("lines");
        QTest::newRow("every record") << QString() << QList<qint64>{1, 2, 5, 6};
        QTest::newRow("continuation line text") << QStringLiteral("IllegalState") << QList<qint64>{2};
        QTest::newRow("parsed level") << QStringLiteral("level:>=warn") << QList<qint64>{2, 5};
        QTest::newRow("last line without newline") << QStringLiteral("stopping") << QList<qint64>{6};
    }
    void readsRecords()
    {
        QFETCH(QString, query);
        QFETCH(QList<qint64>, lines);
        const QByteArray log = "2026-03-14 08:00:00,000 INFO  [main] app.Boot - started\n"
                               "2026-03-14 08:00:01,000 ERROR [worker-1] app.Db - query failed\r\n"
                               "java.lang.IllegalStateException: timed out\n"
                               "\tat app.Db.run(Db.java:10)\n"
                               "2026-03-14 08:00:02,000 WARN  [worker-2] app.Cache - slow\n"
                               "2026-03-14 08:10:00,000 INFO  [main] app.Boot - stopping";
        QTemporaryFile file;
        QVERIFY(file.open());
        const LogFormatPtr format = FormatRegistry::builtin(u"text");
        const TimeContext context(0, QTimeZone(QTimeZone::UTC));
        QList<qint64> seen;
        AlertEngine engine({patternRule(query)}, [&](const AlertEvent &e) { seen << e.line; });
        AlertFileReader reader(static_cast<int>(file.handle()), *format, context, engine);
        // Written in pieces that cut lines and records apart, read as it grows.
        for (qsizetype at = 0; at < log.size(); at += 37) {
            file.write(log.mid(at, 37));
            file.flush();
            QVERIFY(reader.read(file.size(), AlertFileReader::End::HoldLastRecord));
        }
        QVERIFY(reader.read(file.size(), AlertFileReader::End::FlushCompleteLines));
        QCOMPARE(seen, lines.mid(0, lines.endsWith(6) ? lines.size() - 1 : lines.size()));
        QVERIFY(reader.holding()); // the last line has no newline yet
        QVERIFY(reader.read(file.size(), AlertFileReader::End::FlushAll));
        QCOMPARE(seen, lines);
        QVERIFY(!reader.holding());
    }

    void skipToCountsLines()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("2026-03-14 08:00:00,000 ERROR a\n2026-03-14 08:00:01,000 ERROR b\n2026-03-14 08:00:02,000 ERR");
        file.flush();
        const LogFormatPtr format = FormatRegistry::builtin(u"text");
        const TimeContext context(0, QTimeZone(QTimeZone::UTC));
        QList<qint64> seen;
        AlertEngine engine({patternRule(QStringLiteral("ERROR"))}, [&](const AlertEvent &e) { seen << e.line; });
        AlertFileReader reader(static_cast<int>(file.handle()), *format, context, engine);
        QVERIFY(reader.skipTo(file.size()));
        QCOMPARE(reader.position(), qint64(64));
        file.write("OR c\n2026-03-14 08:00:03,000 ERROR d\n");
        file.flush();
        QVERIFY(reader.read(file.size(), AlertFileReader::End::FlushCompleteLines));
        QCOMPARE(seen, (QList<qint64>{3, 4}));
    }
};

QTEST_GUILESS_MAIN(TestAlertFileReader)
#include "tst_alertfilereader.moc"
