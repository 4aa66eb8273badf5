// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Throughput of the indexing fast path (extractTimeLevel) and of bare
// timestamp parsing. Not a pass/fail test: it prints GB/s per core.
// Target (issue 4): >= 1 GB/s on ISO and CLF lines.
#include "parse/formatregistry.h"
#include "parse/timeparser.h"

#include <QElapsedTimer>
#include <QTest>

#include <cstring>

namespace {

constexpr qsizetype kBufferBytes = 64 * 1024 * 1024;

QByteArray makeLines(const char *pattern)
{
    QByteArray buf;
    buf.reserve(kBufferBytes + 1024);
    int i = 0;
    char line[512];
    while (buf.size() < kBufferBytes) {
        const int n = std::snprintf(line, sizeof line, pattern, i % 24, i / 24 % 60, i % 60, i % 1000, i % 7, i);
        buf.append(line, n);
        ++i;
    }
    return buf;
}

} // namespace

class TestParseSpeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fastPath_data();
    void fastPath();
};

void TestParseSpeed::fastPath_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("text ISO local zone") << QStringLiteral("text")
        << makeLines("2024-01-15 %02d:%02d:%02d,%03d INFO  [worker-%d] com.example.service.Handler: request %d handled in 12 ms\n");
    QTest::newRow("text ISO Z") << QStringLiteral("text")
        << makeLines("2024-01-15T%02d:%02d:%02d.%03dZ WARN  [w-%d] com.example.Handler: request %d handled\n");
    QTest::newRow("access combined CLF") << QStringLiteral("access-combined")
        << makeLines("192.168.1.10 - - [15/Jan/2024:%02d:%02d:%02d +0000] \"GET /api/items/%d?page=%d HTTP/1.1\" 200 %d \"https://example.com/\" \"Mozilla/5.0 (X11; Linux x86_64)\"\n");
    QTest::newRow("json") << QStringLiteral("json")
        << makeLines("{\"time\":\"2024-01-15T%02d:%02d:%02d.%03dZ\",\"level\":\"info\",\"worker\":%d,\"msg\":\"request %d handled\",\"duration_ms\":12}\n");
    QTest::newRow("syslog") << QStringLiteral("syslog-rfc3164")
        << makeLines("Jan 15 %02d:%02d:%02d gateway sshd[%d]: Accepted publickey for user%d from 10.0.0.%d port 51234 ssh2\n");
}

void TestParseSpeed::fastPath()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, data);
    const LogFormatPtr f = FormatRegistry().find(format);
    QVERIFY(f);
    const TimeContext ctx;
    qint64 parsed = 0;
    qint64 levels = 0;
    const auto pass = [&] {
        const char *p = data.constData();
        const char *end = p + data.size();
        while (p < end) {
            const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            if (!nl)
                nl = end;
            TimeNs t = kNoTime;
            Level l = Level::Unknown;
            if (f->extractTimeLevel(QByteArrayView(p, nl - p), t, l, ctx) && t != kNoTime)
                ++parsed;
            levels += l != Level::Unknown ? 1 : 0;
            p = nl + 1;
        }
    };
    pass(); // warm up
    parsed = levels = 0;
    QElapsedTimer timer;
    timer.start();
    constexpr int kRounds = 3;
    for (int i = 0; i < kRounds; ++i)
        pass();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double gbs = double(data.size()) * kRounds / seconds / 1e9;
    qInfo("%-22s %6.2f GB/s  (%lld stamped, %lld with level)", QTest::currentDataTag(), gbs, parsed / kRounds,
          levels / kRounds);
    QVERIFY(parsed > 0);
    QBENCHMARK_ONCE {
        pass();
    }
}

QTEST_GUILESS_MAIN(TestParseSpeed)
#include "tst_parsespeed.moc"
