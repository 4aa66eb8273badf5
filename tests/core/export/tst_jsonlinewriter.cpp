// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compress/bytesink.h"
#include "export/exportbuffer.h"
#include "export/jsonlinewriter.h"
#include "export/recordformatter.h"
#include "filter/foldedrecord.h"
#include "parse/formatregistry.h"
#include "parse/levelnames.h"
#include "parse/timeparser.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

const TimeContext kContext{1773475200LL * 1000000000LL, QTimeZone::UTC};

/// A JSON line as the export wrote it before JsonLineWriter: a QJsonObject
/// of QString::fromUtf8() copies, serialised by QJsonDocument.
QByteArray qtJsonLine(const Record &record, const Redactor &redactor, qint64 line, const QByteArray &sourceName)
{
    QJsonObject fields;
    for (const Field &field : record.fields)
        fields.insert(QString::fromUtf8(field.name), QString::fromUtf8(redactor.apply(field.value)));
    const QByteArray when = record.time == kNoTime ? QByteArray() : TimeParser::formatIso(record.time, kContext);
    QJsonObject object{
        {QStringLiteral("line"), line},
        {QStringLiteral("time"), when.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromLatin1(when))},
        {QStringLiteral("level"), QString::fromLatin1(levelName(record.level))},
        {QStringLiteral("message"), QString::fromUtf8(redactor.apply(record.message))},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("raw"), QString::fromUtf8(redactor.apply(record.raw))},
    };
    if (!sourceName.isEmpty())
        object.insert(QStringLiteral("file"), QString::fromUtf8(sourceName));
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

/// {"v":<value>} as JsonLineWriter writes it.
QByteArray writerString(QByteArrayView value)
{
    ExportBuffer out;
    JsonLineWriter json(out);
    json.beginObject();
    json.key("v");
    json.value(value);
    json.endObject();
    return out.bytes();
}

QByteArray qtString(QByteArrayView value)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("v"), QString::fromUtf8(value)}}).toJson(QJsonDocument::Compact) + '\n';
}

/// Byte strings that cover UTF-8's edge cases: every one and two bytes,
/// and three and four with the bytes at the borders of the valid ranges.
QList<QByteArray> tricky()
{
    QList<QByteArray> all;
    for (int a = 0; a < 256; ++a) {
        all.append(QByteArray(1, char(a)));
        for (int b = 0; b < 256; ++b)
            all.append(QByteArray(1, char(a)) + char(b));
    }
    const char edges[] = {'\x00', 'a', '\x7f', '\x80', '\x8f', '\x90', '\x9f', '\xa0', '\xbf', '\xc0', '\xef', '\xff'};
    for (int lead = 0xE0; lead <= 0xF7; ++lead)
        for (const char b : edges)
            for (const char c : edges) {
                const QByteArray three = QByteArray(1, char(lead)) + b + c;
                all.append(three);
                for (const char d : edges)
                    all.append(three + d);
            }
    all.append({"\xef\xbb\xbf", "\xef\xbb\xbf\xef\xbb\xbfx", "a\xef\xbb\xbf", "\xef\xbb", "\xe2\x80\xa8\xe2\x80\xa9", "\xf0\x9f\x98\x80"});
    return all;
}

} // namespace

/// JsonLineWriter writes what QJsonDocument wrote before it, byte for byte,
/// and long strings in pieces.
class TestJsonLineWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAsQJsonDocument_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<QByteArray>("sourceName");
        QTest::addColumn<bool>("redact");
        const auto add = [](const char *name, const char *format, const QByteArray &record, const QByteArray &sourceName = {},
                            bool redact = false) {
            QTest::newRow(name) << QString::fromLatin1(format) << record << sourceName << redact;
        };
        const QByteArray time = "2026-03-14T09:00:00.125Z ";
        add("plain", "text", time + "INFO [main] app - started\n");
        add("unicode", "text", time + "WARN Grüße 日本語 😀 \u2028 \u2029 \uffff\n");
        add("control characters", "text", time + "ERROR a\tb\x01" "c\x1f\x7f\b\f\x0b end\n");
        add("NUL bytes", "text", time + QByteArray("ERROR \0\0x\0", 10) + '\n');
        add("invalid UTF-8", "text", time + "INFO bad \xff\xfe \xc3 \xe2\x82 \xed\xa0\x80 \xf4\x90\x80\x80 \xc0\xaf \xe0\x80\x80 end \xf0\x9f\n");
        add("quotes, backslashes, slashes", "text", time + "INFO say \"hi\" C:\\dir\\ /usr/bin </script>\n");
        add("logfmt duplicates", "logfmt", "time=2026-03-14T09:00:00Z level=info msg=hello user=bob user=alice a=1 Z=2 b= é=x _=y\n");
        add("logfmt invalid names", "logfmt", "level=info k\xff=1 k\xfe=2 k\xef\xbf\xbd=3 msg=m\n");
        add("json nested, duplicate after joining", "json",
            "{\"ts\":\"2026-03-14T09:00:00Z\",\"level\":\"error\",\"msg\":\"boom\","
            "\"user\":{\"name\":\"x\"},\"user.name\":\"y\",\"n\":1.50,\"ok\":true,\"nil\":null}\n");
        add("json key order in UTF-16", "json",
            "{\"level\":\"info\",\"msg\":\"k\",\"\xee\x80\x80\":1,\"\xf0\x9f\x98\x80\":2,\"\xef\xbd\x9a\":3,"
            "\"\xc3\xa9\":4,\"ab\":5,\"a\":6,\"\":7,\"b\\/c\":8}\n");
        add("empty message", "json", "{\"ts\":\"2026-03-14T09:00:00Z\",\"level\":\"info\",\"msg\":\"\"}\n");
        add("no time", "text", "just a line without a time\n");
        add("CRLF", "text", time + "INFO windows line\r\n");
        add("byte order mark", "text", "\xef\xbb\xbf" + time + "INFO after a BOM\n");
        add("folded lines", "text", time + "ERROR boom\n\tat a.b(C.java:1)\n\tat d.e(F.java:2)\n");
        add("no terminator", "text", time + "INFO last line");
        add("file name", "text", time + "INFO x\n", "/var/log/ä \"x\"\\y.log");
        add("redacted", "logfmt", "level=warn msg=\"mail a@b.io\" token=\"Bearer abcdefghijklmnopqrstuvwxyz\" ip=10.0.0.1\n", "a.log", true);
    }
    void sameAsQJsonDocument()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, record);
        QFETCH(QByteArray, sourceName);
        QFETCH(bool, redact);
        const LogFormatPtr logFormat = FormatRegistry::builtin(format);
        QVERIFY(logFormat);
        const Redactor redactor = redact ? *Redactor::create(true, {}) : Redactor();
        ExportOptions options;
        options.format = ExportFormat::JsonLines;
        RecordFormatter formatter(options, redactor, *logFormat, kContext, QString::fromUtf8(sourceName));
        ExportBuffer out;
        formatter.append(out, record, 42);
        Record parsed;
        FoldedRecord::parse(*logFormat, record, parsed, kContext);
        QCOMPARE(out.bytes(), qtJsonLine(parsed, redactor, 42, sourceName));
    }

    void stringsAsQJsonDocument()
    {
        for (const QByteArray &value : tricky()) {
            const QByteArray text = "x" + value + "y";
            for (const QByteArray &s : {value, text})
                if (writerString(s) != qtString(s))
                    QFAIL(qPrintable(QStringLiteral("%1: %2 instead of %3")
                                         .arg(QString::fromLatin1(s.toHex(' ')), QString::fromLatin1(writerString(s).toHex(' ')),
                                              QString::fromLatin1(qtString(s).toHex(' ')))));
        }
    }

    void validUtf8AsQString()
    {
        for (const QByteArray &value : tricky())
            QCOMPARE(JsonLineWriter::validUtf8(value), QString::fromUtf8(value).toUtf8());
    }

    void keysInQJsonObjectOrder_data()
    {
        QTest::addColumn<QList<QByteArray>>("keys");
        QTest::newRow("ascii") << QList<QByteArray>{"time", "raw", "message", "line", "level", "file", "fields"};
        QTest::newRow("prefixes") << QList<QByteArray>{"ab", "a", "", "abc", "b"};
        QTest::newRow("duplicates") << QList<QByteArray>{"b", "a", "b", "a", "c"};
        QTest::newRow("supplementary before U+E000") << QList<QByteArray>{"\xee\x80\x80", "\xf0\x9f\x98\x80", "\xef\xbf\xbd", "\xed\x9f\xbf", "\xf4\x8f\xbf\xbf"};
        QTest::newRow("invalid becomes U+FFFD") << QList<QByteArray>{"k\xff", "k\xef\xbf\xbd", "k\xfe", "\xef\xbb\xbfk"};
    }
    void keysInQJsonObjectOrder()
    {
        QFETCH(QList<QByteArray>, keys);
        QJsonObject qt;
        std::vector<QByteArray> valid;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            qt.insert(QString::fromUtf8(keys[i]), i);
            valid.push_back(JsonLineWriter::validUtf8(keys[i]));
        }
        ExportBuffer out;
        JsonLineWriter json(out);
        json.beginObject();
        for (const std::size_t i : JsonLineWriter::objectOrder(valid)) {
            json.key(valid[i]);
            json.value(qint64(i));
        }
        json.endObject();
        QCOMPARE(out.bytes(), QJsonDocument(qt).toJson(QJsonDocument::Compact) + '\n');
    }

    void longStringGoesOutInPieces()
    {
        // 16 MiB of NUL bytes, 96 MiB escaped: the buffer hands it to the
        // sink as it goes and never holds much of it.
        QByteArray sunk;
        QBuffer device(&sunk);
        QVERIFY(device.open(QIODevice::WriteOnly));
        auto sink = ByteSink::create(&device, {});
        QVERIFY(sink.has_value());
        ExportBuffer out(sink->get());
        JsonLineWriter json(out);
        json.beginObject();
        json.key("v");
        const QByteArray value(16 << 20, '\0');
        json.value(value);
        QVERIFY2(out.bytes().size() < 2 * ExportBuffer::kFlushBytes, qPrintable(QString::number(out.bytes().size())));
        json.endObject();
        QVERIFY(out.flush());
        QCOMPARE(sunk.size(), qsizetype(6 * value.size() + 9)); // {"v":"...."}\n
        QVERIFY(sunk.startsWith("{\"v\":\"\\u0000\\u0000"));
        QVERIFY(sunk.endsWith("\\u0000\"}\n"));
    }
};

QTEST_GUILESS_MAIN(TestJsonLineWriter)
#include "tst_jsonlinewriter.moc"
