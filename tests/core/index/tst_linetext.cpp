// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/linetext.h"

#include <QTest>

class TestLineText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void display_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QByteArray("hello") << QStringLiteral("hello");
        QTest::newRow("utf-8") << QByteArray("gr\xc3\xbc\xc3\x9f") << QStringLiteral("grüß");
        QTest::newRow("cr dropped") << QByteArray("a\r") << QStringLiteral("a");
        QTest::newRow("tab expanded") << QByteArray("a\tb") << QStringLiteral("a   b");
        QTest::newRow("nul visible") << QByteArray("a\0b", 3) << QStringLiteral("a\u2400b");
        QTest::newRow("escape visible") << QByteArray("\x1b[31mred") << QStringLiteral("\u241b[31mred");
        QTest::newRow("invalid utf-8") << QByteArray("a\xff") << QStringLiteral("a\ufffd");
        QTest::newRow("truncated sequence") << QByteArray("\xe2\x82") << QStringLiteral("\ufffd\ufffd");
    }

    void display()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, expected);
        QCOMPARE(displayText(raw), expected);
    }
};

QTEST_GUILESS_MAIN(TestLineText)
#include "tst_linetext.moc"
