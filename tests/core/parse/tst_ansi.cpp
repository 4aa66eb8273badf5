// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/ansi.h"
#include "parse/ansiformat.h"
#include "parse/formatregistry.h"

#include <QTest>

class TestAnsi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strip_data();
    void strip();
    void stripIntoReusesBuffer();
    void formatReadsColouredLines();
    void formatPassesPlainLines();
};

void TestAnsi::strip_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");
    const auto row = [](const char *tag, const QByteArray &text, const QByteArray &expected) {
        QTest::newRow(tag) << text << expected;
    };
    row("none", "plain text", "plain text");
    row("empty", "", "");
    row("sgr", "\x1b[31mred\x1b[0m", "red");
    row("sgr params", "a\x1b[1;38;5;208mb\x1b[mc", "abc");
    row("cursor", "x\x1b[2Ky\x1b[10;20H", "xy");
    row("private mode", "\x1b[?25lhidden cursor\x1b[?25h", "hidden cursor");
    row("osc bel", "\x1b]0;title\x07text", "text");
    row("osc st", "\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\", "link");
    row("two-byte", "a\x1b(Bb\x1b=c", "abc");
    row("lone esc at end", "abc\x1b", "abc");
    row("esc bracket at end", "abc\x1b[", "abc");
    row("unterminated csi", "a\x1b[12\xc3\xa4" "b", "a\xc3\xa4" "b");
    row("utf-8 kept", "\x1b[1mgr\xc3\xb6\xc3\x9f\x65\x1b[0m", "gr\xc3\xb6\xc3\x9f\x65");
    row("split word", "dis\x1b[0m\x1b[41mconnect\x1b[0m", "disconnect");
}

void TestAnsi::strip()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(Ansi::stripped(text), expected);
    QCOMPARE(Ansi::contains(text), text.contains('\x1b'));
    // The UTF-16 version strips the same sequences.
    QCOMPARE(Ansi::stripped(QStringView(QString::fromUtf8(text))), QString::fromUtf8(expected));
}

void TestAnsi::stripIntoReusesBuffer()
{
    QByteArray buffer;
    QCOMPARE(Ansi::stripInto("\x1b[31mlong enough line\x1b[0m", buffer), QByteArrayView("long enough line"));
    const char *data = buffer.constData();
    QCOMPARE(Ansi::stripInto("\x1b[1mshort\x1b[0m", buffer), QByteArrayView("short"));
    QVERIFY(buffer.constData() == data);
}

void TestAnsi::formatReadsColouredLines()
{
    const TimeContext ctx(1'717'200'000'000'000'000, QTimeZone(QTimeZone::UTC));
    const LogFormatPtr format = AnsiFormat::wrap(FormatRegistry::builtin(u"text"));
    QCOMPARE(AnsiFormat::wrap(format), format);
    QCOMPARE(format->name(), QStringLiteral("text"));
    const QByteArray line = "\x1b[2m2024-01-15T10:00:00Z\x1b[0m \x1b[33m WARN\x1b[0m app: disk \x1b[1mfull\x1b[0m";
    Record record;
    QVERIFY(format->parse(line, record, ctx));
    QCOMPARE(record.level, Level::Warn);
    QCOMPARE(record.message, QByteArrayView("disk full"));
    QCOMPARE(record.field("logger").value_or(QByteArrayView()), QByteArrayView("app"));
    TimeNs time = kNoTime;
    Level level = Level::Unknown;
    QVERIFY(format->extractTimeLevel(line, time, level, ctx));
    QCOMPARE(time, record.time);
    QCOMPARE(level, Level::Warn);
    QByteArray logger;
    QVERIFY(format->extractField(line, "logger", logger, ctx));
    QCOMPARE(logger, QByteArray("app"));
    QVERIFY(format->startsRecord(line));
    QVERIFY(!format->startsRecord("\x1b[2m\tat a.B.c(B.java:1)\x1b[0m"));
}

void TestAnsi::formatPassesPlainLines()
{
    const TimeContext ctx(1'717'200'000'000'000'000, QTimeZone(QTimeZone::UTC));
    const LogFormatPtr format = AnsiFormat::wrap(FormatRegistry::builtin(u"text"));
    const QByteArray line = "2024-01-15T10:00:00Z ERROR app: x";
    Record record;
    QVERIFY(format->parse(line, record, ctx));
    QCOMPARE(record.raw.data(), line.constData()); // no copy for a line without escapes
    QCOMPARE(record.level, Level::Error);
}

QTEST_GUILESS_MAIN(TestAnsi)
#include "tst_ansi.moc"
