// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/redactor.h"

#include <QTest>

/// What the built-in redaction masks, and what it must leave alone.
class TestRedactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtIns_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("expected");
        const auto masked = [](const char *name, const QByteArray &before, const QByteArray &after) {
            QTest::newRow(name) << before << after;
        };
        // Masked.
        masked("email", "mail bob.smith+tag@example.co.uk now", "mail [REDACTED] now");
        masked("ipv4", "from 192.168.1.20 ok", "from [REDACTED] ok");
        masked("ipv4 with port", "peer=10.0.0.1:8080", "peer=[REDACTED]:8080");
        masked("ipv4 at end of sentence", "client 8.8.8.8.", "client [REDACTED].");
        masked("version looking like ipv4 IS masked", "version=1.2.3.4", "version=[REDACTED]");
        masked("ipv6 full", "ip 2001:0db8:85a3:0000:0000:8a2e:0370:7334 x", "ip [REDACTED] x");
        masked("ipv6 compressed", "ip 2001:db8::8a2e:370:7334 x", "ip [REDACTED] x");
        masked("ipv6 loopback", "host ::1", "host [REDACTED]");
        masked("ipv6 link local in brackets", "[fe80::1]:443", "[[REDACTED]]:443");
        masked("ipv4-mapped ipv6", "::ffff:10.1.2.3", "::ffff:[REDACTED]");
        masked("bearer", "Authorization: Bearer abcdefghijklmnop1234.xyz", "Authorization: Bearer [REDACTED]");
        masked("bearer lower case", "authorization=bearer abcdefghijklmnopqrstu", "authorization=bearer [REDACTED]");
        masked("aws key", "key=AKIAIOSFODNN7EXAMPLE;", "key=[REDACTED];");
        masked("github token", "token ghp_0123456789abcdefghijklmnopqrstuvwxyz", "token [REDACTED]");
        masked("openai key", "OPENAI=sk-proj-abcdefghijklmnopqrstuvwx", "OPENAI=[REDACTED]");
        masked("stripe key", "sk_live_0123456789abcdefgh", "[REDACTED]");
        masked("slack token", "xoxb-1234567890-abcdefghij", "[REDACTED]");
        masked("jwt", "jwt=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.SflKxwRJSMeKKF2QT4f", "jwt=[REDACTED]");
        masked("visa", "card 4111111111111111 ok", "card [REDACTED] ok");
        masked("visa spaced", "card 4111 1111 1111 1111 ok", "card [REDACTED] ok");
        masked("mastercard dashed", "cc=5500-0000-0000-0004", "cc=[REDACTED]");
        masked("amex", "amex 378282246310005", "amex [REDACTED]");
        masked("two in a line", "a@b.io and c@d.io", "[REDACTED] and [REDACTED]");
        // Kept.
        masked("v-prefixed version", "tideline v1.2.3.4", "tideline v1.2.3.4");
        masked("five-part version", "build 1.2.3.4.5", "build 1.2.3.4.5");
        masked("three-part version", "release 1.2.3", "release 1.2.3");
        masked("octet out of range", "999.1.1.1", "999.1.1.1");
        masked("clock time", "at 10:00:00 done", "at 10:00:00 done");
        masked("mac address", "mac aa:bb:cc:dd:ee:ff", "mac aa:bb:cc:dd:ee:ff");
        masked("c++ scope", "std::vector<int>", "std::vector<int>");
        masked("card failing luhn", "card 4111 1111 1111 1112", "card 4111 1111 1111 1112");
        masked("epoch nanoseconds", "ts=1773475200123456789", "ts=1773475200123456789");
        masked("order id", "order 20260314000123", "order 20260314000123");
        masked("bearer in prose", "the bearer of bad news", "the bearer of bad news");
        masked("local user", "user@localhost", "user@localhost");
        masked("short sk", "task-list sk-1", "task-list sk-1");
        masked("nothing", "GET /index.html 200", "GET /index.html 200");
    }
    void builtIns()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, expected);
        const auto redactor = Redactor::create(true, {});
        QVERIFY(redactor.has_value());
        QCOMPARE(redactor->apply(text), expected);
    }

    void userPatterns()
    {
        const auto redactor = Redactor::create(false, {QStringLiteral("order-\\d+"), QStringLiteral("(?i)secret=\\S+")});
        QVERIFY(redactor.has_value());
        QCOMPARE(redactor->apply("order-123 and SECRET=hunter2 x"), QByteArray("[REDACTED] and [REDACTED] x"));
        QCOMPARE(redactor->apply("a@b.io"), QByteArray("a@b.io")); // built-ins off
    }

    void badPatternSaysWhere()
    {
        const auto redactor = Redactor::create(false, {QStringLiteral("ok"), QStringLiteral("abc(")});
        QVERIFY(!redactor.has_value());
        QVERIFY2(redactor.error().contains(QStringLiteral("abc(")) && redactor.error().contains(QStringLiteral("column")),
                 qPrintable(redactor.error()));
    }

    void invalidUtf8WithoutMatchIsKept()
    {
        const auto redactor = Redactor::create(true, {});
        const QByteArray bytes("caf\xe9 \xff\xfe ok");
        QCOMPARE(redactor->apply(bytes), bytes);
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
