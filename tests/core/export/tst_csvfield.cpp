// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compress/bytesink.h"
#include "export/csvfield.h"
#include "export/exportbuffer.h"

#include <QBuffer>
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
        ExportBuffer out;
        Csv::appendField(out, value);
        QCOMPARE(out.bytes(), expected);
    }

    void row()
    {
        ExportBuffer out;
        Csv::appendRow(out, {"1", "", "=cmd", "x,y"});
        QCOMPARE(out.bytes(), QByteArray("1,,\"'=cmd\",\"x,y\"\r\n"));
    }

    void longFieldGoesOutInPieces()
    {
        // A 16 MiB value with a quote in every 4 bytes: the buffer hands it
        // to the sink as it goes and never holds much of it.
        QByteArray sunk;
        QBuffer device(&sunk);
        QVERIFY(device.open(QIODevice::WriteOnly));
        auto sink = ByteSink::create(&device, {});
        QVERIFY(sink.has_value());
        ExportBuffer out(sink->get());
        const QByteArray value = QByteArray("ab\"c").repeated(4 << 20);
        Csv::appendField(out, value);
        QVERIFY2(out.bytes().size() < 2 * ExportBuffer::kFlushBytes, qPrintable(QString::number(out.bytes().size())));
        QVERIFY(out.flush());
        QCOMPARE(sunk, "\"" + QByteArray("ab\"\"c").repeated(4 << 20) + "\"");
    }
};

QTEST_GUILESS_MAIN(TestCsvField)
#include "tst_csvfield.moc"
