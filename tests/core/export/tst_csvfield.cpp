// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/csvfield.h"

#include <QTest>

/// RFC 4180 quoting and the formula-injection guard.
class TestCsvField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void field_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("plain") << QByteArray("GET /index.html") << QByteArray("GET /index.html");
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("comma") << QByteArray("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("quote") << QByteArray("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QByteArray("line1\nline2") << QByteArray("\"line1\nline2\"");
        QTest::newRow("crlf inside") << QByteArray("a\r\nb") << QByteArray("\"a\r\nb\"");
        QTest::newRow("formula =") << QByteArray("=HYPERLINK(\"http://x\")") << QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\"");
        QTest::newRow("formula +") << QByteArray("+1+2") << QByteArray("\"'+1+2\"");
        QTest::newRow("formula -") << QByteArray("-2+3") << QByteArray("\"'-2+3\"");
        QTest::newRow("formula @") << QByteArray("@SUM(A1)") << QByteArray("\"'@SUM(A1)\"");
        QTest::newRow("tab first") << QByteArray("\t=1") << QByteArray("\"'\t=1\"");
        QTest::newRow("cr first") << QByteArray("\r=1") << QByteArray("\"'\r=1\"");
        QTest::newRow("formula with comma") << QByteArray("=1,2") << QByteArray("\"'=1,2\"");
        QTest::newRow("= later is fine") << QByteArray("a=b") << QByteArray("a=b");
        QTest::newRow("leading space") << QByteArray(" =1") << QByteArray(" =1");
        QTest::newRow("user agent") << QByteArray("Mozilla/5.0 (X11; Linux)") << QByteArray("Mozilla/5.0 (X11; Linux)");
    }
    void field()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(Csv::field(value), expected);
    }

    void row()
    {
        QByteArray out;
        Csv::appendRow(out, {"1", "", "=cmd", "x,y"});
        QCOMPARE(out, QByteArray("1,,\"'=cmd\",\"x,y\"\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsvField)
#include "tst_csvfield.moc"
