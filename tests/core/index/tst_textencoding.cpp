// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/textencoding.h"

#include <QStringEncoder>
#include <QTest>

class TestTextEncoding : public QObject
{
    Q_OBJECT

private:
    static QByteArray encoded(QStringConverter::Encoding encoding, const QString &text, bool bom)
    {
        QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
        return encoder.encode(text);
    }

private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("expected");
        const QString text = QStringLiteral("2026-03-14 08:00:01 INFO started\n2026-03-14 08:00:02 WARN slow\n");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("UTF-8");
        QTest::newRow("ascii") << text.toUtf8() << QStringLiteral("UTF-8");
        QTest::newRow("utf-8 bom") << (QByteArray("\xef\xbb\xbf") + text.toUtf8()) << QStringLiteral("UTF-8");
        QTest::newRow("utf-16le bom") << encoded(QStringConverter::Utf16LE, text, true) << QStringLiteral("UTF-16LE");
        QTest::newRow("utf-16be bom") << encoded(QStringConverter::Utf16BE, text, true) << QStringLiteral("UTF-16BE");
        QTest::newRow("utf-16le no bom") << encoded(QStringConverter::Utf16LE, text, false) << QStringLiteral("UTF-16LE");
        QTest::newRow("utf-16be no bom") << encoded(QStringConverter::Utf16BE, text, false) << QStringLiteral("UTF-16BE");
        QTest::newRow("all nul bytes") << QByteArray(4096, '\0') << QStringLiteral("UTF-8");
        QTest::newRow("binary") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0\x01\0\0\0", 24) << QStringLiteral("UTF-8");
    }

    void detect()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, expected);
        QCOMPARE(encodingName(detectEncoding(head)), expected);
    }

    void namesRoundTrip()
    {
        for (const QString &name : encodingNames())
            QCOMPARE(encodingName(*encodingFromName(name)), name);
        QCOMPARE(encodingFromName(u"utf-16le"), std::optional(TextEncoding::Utf16LE));
        QVERIFY(!encodingFromName(u"EBCDIC"));
    }
};

QTEST_GUILESS_MAIN(TestTextEncoding)
#include "tst_textencoding.moc"
