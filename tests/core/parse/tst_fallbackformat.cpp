// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/fallbackformat.h"
#include "parse/formatregistry.h"

#include <QTest>

/// Lines of other formats inside a file get their own time, level and fields.
class TestFallbackFormat : public QObject
{
    Q_OBJECT

private:
    const TimeContext m_context{0, QTimeZone::UTC};

private Q_SLOTS:
    void readsOtherFormats_data()
    {
        QTest::addColumn<QString>("primary");
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("understood");
        QTest::addColumn<int>("level");
        QTest::newRow("json in json") << QStringLiteral("json") << QByteArray(R"({"ts":"2026-03-14T08:00:00Z","level":"warn","msg":"x"})")
                                      << true << int(Level::Warn);
        QTest::newRow("access in json")
            << QStringLiteral("json")
            << QByteArray(R"(192.0.2.1 - - [14/Mar/2026:08:00:02 +0000] "GET / HTTP/1.1" 503 1 "-" "curl")") << true
            << int(Level::Error);
        QTest::newRow("text in json") << QStringLiteral("json") << QByteArray("2026-03-14 08:00:01,250 ERROR [main] a.B - boom")
                                      << true << int(Level::Error);
        QTest::newRow("json in access") << QStringLiteral("access-combined")
                                        << QByteArray(R"({"time":"2026-03-14T08:00:00Z","level":"info"})") << true
                                        << int(Level::Info);
        QTest::newRow("nothing fits") << QStringLiteral("json") << QByteArray("just words") << false << int(Level::Unknown);
    }

    void readsOtherFormats()
    {
        QFETCH(QString, primary);
        QFETCH(QByteArray, line);
        QFETCH(bool, understood);
        QFETCH(int, level);
        const LogFormatPtr format = FallbackFormat::wrap(FormatRegistry::builtin(primary));
        QCOMPARE(format->name(), primary);
        Record record;
        QCOMPARE(format->parse(line, record, m_context), understood);
        QCOMPARE(int(record.level), level);
        TimeNs time = kNoTime;
        Level fast = Level::Unknown;
        QCOMPARE(format->extractTimeLevel(line, time, fast, m_context), understood);
        QCOMPARE(int(fast), level);
        QCOMPARE(time, record.time);
    }

    void fieldsOfOtherFormats()
    {
        const LogFormatPtr format = FallbackFormat::wrap(FormatRegistry::builtin(u"json"));
        QByteArray status;
        QVERIFY(format->extractField(R"(192.0.2.1 - - [14/Mar/2026:08:00:02 +0000] "GET / HTTP/1.1" 503 1 "-" "curl")",
                                     "status", status, m_context));
        QCOMPARE(status, QByteArray("503"));
    }

    void plainIsNotWrapped()
    {
        const LogFormatPtr plain = FormatRegistry::builtin(u"plain");
        QCOMPARE(FallbackFormat::wrap(plain), plain);
        QVERIFY(!FallbackFormat::wrap(nullptr));
        const LogFormatPtr once = FallbackFormat::wrap(FormatRegistry::builtin(u"json"));
        QCOMPARE(FallbackFormat::wrap(once), once);
    }
    void recordStartsInJsonFiles_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<bool>("starts");
        QTest::newRow("json") << QByteArray(R"({"level":"info"})") << true;
        QTest::newRow("access line") << QByteArray(R"(192.0.2.1 - - [14/Mar/2026:08:00:02 +0000] "GET / HTTP/1.1" 200 1 "-" "c")")
                                     << true;
        QTest::newRow("text line") << QByteArray("2026-03-14 08:00:01,250 ERROR [main] a.B - boom") << true;
        QTest::newRow("exception") << QByteArray("java.io.IOException: Connection reset by peer") << false;
        QTest::newRow("stack frame") << QByteArray("\tat a.B.c(B.java:1)") << false;
        QTest::newRow("closing brace") << QByteArray("}") << false;
    }

    void recordStartsInJsonFiles()
    {
        QFETCH(QByteArray, line);
        QFETCH(bool, starts);
        const LogFormatPtr format = FallbackFormat::wrap(FormatRegistry::builtin(u"json"));
        QCOMPARE(format->startsRecord(line), starts);
        // The indexing pass asks both questions in one call: same answers.
        TimeNs time = kNoTime;
        Level level = Level::Unknown;
        QCOMPARE(format->startsRecordWithTimeLevel(line, time, level, m_context), starts);
        if (!starts)
            return;
        TimeNs expectedTime = kNoTime;
        Level expectedLevel = Level::Unknown;
        format->extractTimeLevel(line, expectedTime, expectedLevel, m_context);
        QCOMPARE(time, expectedTime);
        QCOMPARE(int(level), int(expectedLevel));
    }

    void recordStartsDoNotDependOnTheLineBefore()
    {
        // startsRecord() asks the format that answered last first: the
        // answers must not change with the order lines come in.
        const std::vector<std::pair<QByteArray, bool>> lines{
            {R"(192.0.2.1 - - [14/Mar/2026:08:00:02 +0000] "GET / HTTP/1.1" 200 1 "-" "c")", true},
            {"2026-03-14 08:00:01,250 ERROR [main] a.B - boom", true},
            {"<34>1 2026-03-14T08:00:00Z host app 12 ID47 - started", true},
            {"java.io.IOException: Connection reset by peer", false},
            {"Mar 14 08:00:00 host sshd[12]: Accepted key", true},
        };
        const LogFormatPtr format = FallbackFormat::wrap(FormatRegistry::builtin(u"json"));
        for (const auto &[before, ignored] : lines) {
            for (const auto &[line, starts] : lines) {
                format->startsRecord(before);
                QVERIFY2(format->startsRecord(line) == starts, (before + " then " + line).constData());
            }
        }
    }

    void accessVariantsAreAskedOnce()
    {
        // In an access-combined file a common-format line still reads as one.
        const LogFormatPtr format = FallbackFormat::wrap(FormatRegistry::builtin(u"access-combined"));
        TimeNs time = kNoTime;
        Level level = Level::Unknown;
        QVERIFY(format->extractTimeLevel(R"(192.0.2.1 - - [14/Mar/2026:08:00:02 +0000] "GET / HTTP/1.0" 404 7)", time,
                                         level, m_context));
        QCOMPARE(int(level), int(Level::Warn));
        QVERIFY(time != kNoTime);
    }
};

QTEST_GUILESS_MAIN(TestFallbackFormat)
#include "tst_fallbackformat.moc"
