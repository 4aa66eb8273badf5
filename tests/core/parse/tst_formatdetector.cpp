// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/formatdetector.h"
#include "parse/formatregistry.h"
#include "parse/userformatloader.h"

#include <QTest>

namespace {

const TimeContext &context()
{
    static const TimeContext ctx(1'717'200'000'000'000'000, QTimeZone(QTimeZone::UTC));
    return ctx;
}

} // namespace

class TestFormatDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data();
    void detect();
    void userFormatWins();
    void emptyInput();
    void colourIsStripped();
};

void TestFormatDetector::detect_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *tag, const char *head, const char *expected) {
        QTest::newRow(tag) << QByteArray(head) << QString::fromLatin1(expected);
    };
    row("json", "{\"level\":\"info\",\"msg\":\"a\"}\n{\"level\":\"warn\",\"msg\":\"b\"}\n", "json");
    row("json with blank and bom", "\xEF\xBB\xBF{\"a\":1}\n\n{\"b\":2}\n", "json");
    row("json containing key=value", "{\"msg\":\"a=b c=d\"}\n{\"msg\":\"e=f g=h\"}\n", "json");
    row("logfmt", "time=2024-01-15T10:00:00Z level=info msg=a\nlevel=warn msg=\"b c\"\n", "logfmt");
    row("combined", "1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.0\" 200 1 \"-\" \"ua\"\n", "access-combined");
    row("common", "1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.0\" 200 1\n", "access-common");
    row("mixed common and combined", "1.2.3.4 - - [10/Oct/2000:13:55:36 -0700] \"GET / HTTP/1.0\" 200 1 \"-\" \"ua\"\n"
        "1.2.3.4 - - [10/Oct/2000:13:55:37 -0700] \"GET / HTTP/1.0\" 200 1 \"-\" \"ua\"\n"
        "1.2.3.4 - - [10/Oct/2000:13:55:38 -0700] \"GET / HTTP/1.0\" 200 1\n", "access-combined");
    row("syslog beats text", "Oct 11 22:14:15 host sshd[1]: a\nOct 11 22:14:16 host cron[2]: b\n", "syslog-rfc3164");
    row("haproxy via syslog", "Feb  6 12:14:14 localhost haproxy[14389]: 10.0.1.2:33317 [06/Feb/2009:12:14:14.655] http-in static/srv1 10/0/30/69/109 200 2750 - - ---- 1/1/1/1/0 0/0 {1wt.eu} {} \"GET /index.html HTTP/1.1\"\n", "syslog-rfc3164");
    row("syslog access body", "Oct 11 22:14:15 web nginx: 1.2.3.4 - - [11/Oct/2024:22:14:15 +0000] \"GET / HTTP/1.1\" 200 1 \"-\" \"ua\"\n", "syslog-rfc3164");
    row("rfc5424", "<34>1 2003-10-11T22:14:15.003Z host su - ID47 - msg\n", "syslog-rfc5424");
    row("text not syslog", "Mar 24 15:17:38 INFO starting\nMar 24 15:17:39 WARN slow\n", "text");
    row("log4j with trace", "2024-01-15 10:00:00,123 ERROR [main] a.B: x\n\tat a.B.c(B.java:1)\n\tat a.B.d(B.java:2)\n"
        "\tat a.B.e(B.java:3)\n2024-01-15 10:00:01,000 INFO [main] a.B: y\n", "text");
    row("text with header lines", "Java HotSpot(TM) 64-Bit Server VM\nMemory: 4k page\n"
        "2016-12-19T16:31:46.725+0100: 1.595: [GC pause]\n   [Parallel Time: 2.1 ms]\n"
        "2016-12-19T16:31:47.725+0100: 2.595: [GC pause]\n2016-12-19T16:31:48.725+0100: 3.595: [GC pause]\n", "text");
    row("w3c header skipped", "#Version: 1.0\n#Fields: date time\n2024-01-15 10:00:00 GET /\n", "text");
    row("plain", "hello\nworld\nno stamps at all\n", "plain");
    row("mostly plain", "a\nb\nc\nd\ne\nf\ng\nh\ni\n2024-01-15 10:00:00 x\n", "plain");
    row("one stamp in five", "Jan  1 00:00:00 host prog: x\nplain\nmore plain\nstill plain\nand more\n", "syslog-rfc3164");
    row("crlf", "2015-10-18 18:01:47,978 INFO [main] a.B: x\r\n2015-10-18 18:01:48,978 INFO [main] a.B: y\r\n", "text");
    row("binary junk", "\x01\x02\x03\xff\xfe\n\x7f\x00garbage\n", "plain");
    row("syslog in colour", "\x1b[0m\x1b[32mSep 19 \x1b[0m\x1b[1m\x1b[33m09:24:04\x1b[0m\x1b[31m mac \x1b[0m\x1b[1mAgent\x1b[34m[17]\x1b[0m: a\x1b[0m\n"
        "\x1b[32mSep 19 09:24:20\x1b[0m mac Updater[17530]: dis\x1b[41mconnect\x1b[0m\n", "syslog-rfc3164");
    row("text in colour", "\x1b[2m2024-01-15T10:00:00Z\x1b[0m \x1b[32m INFO\x1b[0m app: started\n"
        "\x1b[2m2024-01-15T10:00:01Z\x1b[0m \x1b[33m WARN\x1b[0m app: slow\n", "text");
    row("plain in colour", "\x1b[1mhello\x1b[0m\nworld\n", "plain");
    row("fraction stamp, hex id, letter level: not syslog",
        "Mar 24 15:17:38.999  000000000264F I shmem.res 262144 262144 1 chassis_msg_svc\n"
        "Mar 24 15:17:39.001  000000000264F W shmem.res low\n", "text");
    row("syslog without tag", "Nov  3 09:47:02 veridian last message repeated 2 times\n"
        "Nov  3 09:47:05 veridian kernel: eth0 up\n", "syslog-rfc3164");
    row("time of day only", "00:00:00.000 foo DEBUG  some message\n01:00:00.000 foo DEBUG  other\n"
        "00:00:00.000 bar DEBUG  next day\n", "text");
    row("not a time of day", "12:34:56:78 x\n12:34:56:79 y\n", "plain");
}

void TestFormatDetector::detect()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, expected);
    const FormatDetector detector(FormatRegistry().formats());
    const Detection d = detector.detect(head, context(), true);
    QVERIFY(d.format);
    QCOMPARE(d.format->name(), expected);
    QVERIFY(d.confidence > 0.0 && d.confidence <= 1.0);
}

void TestFormatDetector::userFormatWins()
{
    FormatRegistry registry;
    auto user = UserFormatLoader::loadBytes(R"({"name": "pipes", "regex": "^(?<time>\\S+) \\| (?<level>\\w+) \\| (?<message>.*)$"})",
                                            QStringLiteral("pipes.json"));
    QVERIFY2(user.has_value(), qPrintable(user ? QString() : user.error().message()));
    registry.add(*user);
    const FormatDetector detector(registry.formats());
    const Detection d = detector.detect("2024-01-15T10:00:00Z | INFO | a\n2024-01-15T10:00:01Z | WARN | b\n", context(), true);
    QCOMPARE(d.format->name(), QStringLiteral("pipes")); // "text" also matches; the user format is more specific
}

void TestFormatDetector::emptyInput()
{
    const FormatDetector detector(FormatRegistry().formats());
    const Detection d = detector.detect({}, context(), true);
    QCOMPARE(d.format->name(), QStringLiteral("plain"));
    QCOMPARE(d.sampledLines, 0);
}

void TestFormatDetector::colourIsStripped()
{
    const FormatDetector detector(FormatRegistry().formats());
    const QByteArray head = "\x1b[32mSep 19 09:24:20\x1b[0m mac Updater[17530]: dis\x1b[41mconnect\x1b[0m\n";
    const Detection d = detector.detect(head, context(), true);
    QCOMPARE(d.format->name(), QStringLiteral("syslog-rfc3164"));
    const QByteArrayView line = QByteArrayView(head).chopped(1);
    Record record;
    QVERIFY(d.format->parse(line, record, context()));
    QCOMPARE(record.message, QByteArrayView("disconnect"));
    QCOMPARE(record.raw, QByteArrayView("Sep 19 09:24:20 mac Updater[17530]: disconnect"));
    QCOMPARE(record.field("program").value_or(QByteArrayView()), QByteArrayView("Updater"));
    TimeNs time = kNoTime;
    Level level = Level::Unknown;
    QVERIFY(d.format->extractTimeLevel(line, time, level, context()));
    QCOMPARE(time, record.time);
    QVERIFY(time != kNoTime);
    // The views live in the record's own storage: they survive a copy.
    const Record copy = record;
    record = Record{};
    QCOMPARE(copy.message, QByteArrayView("disconnect"));
}

QTEST_GUILESS_MAIN(TestFormatDetector)
#include "tst_formatdetector.moc"
