// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compress/decompressor.h"
#include "export/csvfield.h"
#include "export/exportbuffer.h"
#include "export/exporter.h"
#include "filter/filterengine.h"
#include "filter/foldedrecord.h"
#include "gen/loggenerator.h"
#include "parse/fallbackformat.h"
#include "parse/formatdetector.h"
#include "parse/formatregistry.h"
#include "parse/levelnames.h"

#include <QBuffer>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

Q_DECLARE_METATYPE(ExportFormat)
Q_DECLARE_METATYPE(Compression)

namespace {

struct Reference
{
    qint64 line; // 1-based
    QByteArray bytes;
};

/// Splits RFC 4180 text into rows of fields.
QList<QList<QByteArray>> parseCsv(const QByteArray &text)
{
    QList<QList<QByteArray>> rows;
    QList<QByteArray> row;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.append(field);
            field.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

/// Counts what is written to it, and keeps the biggest single write.
class CountingDevice : public QIODevice
{
public:
    qint64 total = 0;
    qint64 biggestWrite = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 length) override
    {
        total += length;
        biggestWrite = std::max(biggestWrite, length);
        return length;
    }
};

QByteArray neutralised(QByteArrayView value)
{
    ExportBuffer out;
    Csv::appendField(out, value);
    const QByteArray &field = out.bytes();
    return field.startsWith("\"'") ? "'" + value.toByteArray() : value.toByteArray();
}

} // namespace

/// Exporter: round trips in every format and compression, the record count,
/// cancel and write failures that leave the target as it was.
class TestExporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_logPath;
    QFile m_log;
    LogFormatPtr m_format;
    TimeContext m_context{1773475200LL * 1000000000LL, QTimeZone::UTC};

    ExportSource source(const QString &query) const
    {
        ExportSource s;
        s.fd = m_log.handle();
        s.to = m_log.size();
        s.format = m_format;
        s.context = m_context;
        s.query = *Query::parse(query, 0);
        s.name = m_logPath;
        return s;
    }

    std::vector<Reference> reference(const QString &query) const
    {
        const ExportSource s = source(query);
        FilterRequest request{s.fd, 0, s.to, 0, m_format.get(), &m_context, s.query};
        FilterOptions options;
        options.collectRanges = true;
        options.chunkBytes = 64 * 1024; // many chunks, to cross their borders
        std::vector<Reference> records;
        const std::atomic<bool> cancel = false;
        QFile file(m_logPath);
        file.open(QIODevice::ReadOnly);
        const QByteArray bytes = file.readAll();
        runFilter(request, options, cancel, [&](FilterChunk &&chunk) {
            for (qsizetype i = 0; i < chunk.matchCount(); ++i) {
                const ByteRange r = chunk.byteRanges[static_cast<std::size_t>(i)];
                records.push_back({chunk.matchLine(i) + 1, bytes.mid(r.begin, r.end - r.begin)});
            }
        });
        return records;
    }

    static QByteArray readBack(const QString &path, Compression compression)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        if (compression == Compression::None)
            return file.readAll();
        QTemporaryFile plain;
        plain.open();
        const std::atomic<bool> cancel = false;
        if (!decompressToFd(file.handle(), plain.handle(), compression, cancel))
            return "decompression failed";
        plain.seek(0);
        return plain.readAll();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_logPath = m_dir.filePath(QStringLiteral("mixed.log"));
        QFile out(m_logPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        LogGenerator generator({7, GeneratorFormat::Mixed});
        QVERIFY(generator.writeLines(out, 20000));
        out.write("{\"ts\":\"2026-03-14T09:00:00Z\",\"level\":\"error\",\"msg\":\"=cmd|' /C calc'!A0, \\\"quoted\\\" a@b.io\",\"status\":\"-1\"}\r\n");
        out.close();
        m_log.setFileName(m_logPath);
        QVERIFY(m_log.open(QIODevice::ReadOnly));
        const QByteArray head = m_log.peek(64 * 1024);
        m_format = FallbackFormat::wrap(FormatDetector(FormatRegistry().formats()).detect(head, m_context).format);
        QVERIFY(m_format);
    }

    void roundTrip_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<Compression>("compression");
        QTest::addColumn<QString>("query");
        const std::pair<const char *, ExportFormat> formats[] = {
            {"raw", ExportFormat::Raw}, {"csv", ExportFormat::Csv}, {"jsonl", ExportFormat::JsonLines}};
        const std::pair<const char *, Compression> compressions[] = {
            {"plain", Compression::None}, {"zst", Compression::Zstd}, {"gz", Compression::Gzip}};
        for (const auto &[formatName, format] : formats)
            for (const auto &[compressionName, compression] : compressions) {
                QTest::addRow("%s %s all", formatName, compressionName) << format << compression << QString();
                QTest::addRow("%s %s errors", formatName, compressionName) << format << compression << QStringLiteral("level:>=error");
            }
    }
    void roundTrip()
    {
        QFETCH(ExportFormat, format);
        QFETCH(Compression, compression);
        QFETCH(QString, query);
        ExportOptions options;
        options.format = format;
        options.sink.compression = compression;
        options.utcTimes = true;
        const auto exporter = Exporter::create(options);
        QVERIFY(exporter.has_value());
        const QString target = m_dir.filePath(QStringLiteral("out.%1").arg(QLatin1String(QTest::currentDataTag())).replace(u' ', u'_'));
        const std::atomic<bool> cancel = false;
        const auto report = exporter->writeFile({source(query)}, target, cancel);
        QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error()));
        const std::vector<Reference> expected = reference(query);
        QVERIFY(expected.size() > 10);
        QCOMPARE(report->records, qint64(expected.size()));
        const QByteArray text = readBack(target, compression);
        Record record;
        if (format == ExportFormat::Raw) {
            QByteArray all;
            for (const Reference &r : expected)
                all += r.bytes;
            QVERIFY(text == all);
        } else if (format == ExportFormat::JsonLines) {
            const QList<QByteArray> lines = text.split('\n');
            QCOMPARE(lines.size(), qsizetype(expected.size()) + 1);
            for (std::size_t i = 0; i < expected.size(); ++i) {
                const QJsonObject object = QJsonDocument::fromJson(lines[qsizetype(i)]).object();
                FoldedRecord::parse(*m_format, expected[i].bytes, record, m_context);
                QCOMPARE(object.value(QStringLiteral("line")).toInteger(), expected[i].line);
                QCOMPARE(object.value(QStringLiteral("raw")).toString().toUtf8(), record.raw.toByteArray());
                QCOMPARE(object.value(QStringLiteral("message")).toString().toUtf8(), record.message.toByteArray());
                const QJsonObject fields = object.value(QStringLiteral("fields")).toObject();
                for (const Field &field : record.fields)
                    QCOMPARE(fields.value(QString::fromUtf8(field.name)).toString().toUtf8(), field.value);
            }
        } else {
            const auto rows = parseCsv(text);
            QCOMPARE(rows.size(), qsizetype(expected.size()) + 1);
            QCOMPARE(rows.first(), (QList<QByteArray>{"line", "time", "level", "source", "message"}));
            for (std::size_t i = 0; i < expected.size(); ++i) {
                const QList<QByteArray> &row = rows[qsizetype(i) + 1];
                FoldedRecord::parse(*m_format, expected[i].bytes, record, m_context);
                QCOMPARE(row.size(), qsizetype(5));
                QCOMPARE(row[0].toLongLong(), expected[i].line);
                QCOMPARE(row[4], neutralised(record.message));
            }
        }
    }

    void csvColumnsInTheirOrder()
    {
        ExportOptions options;
        options.format = ExportFormat::Csv;
        options.columns = *parseExportColumns(QStringLiteral("message,level,status"));
        const auto bytes = Exporter::create(options)->toBytes({source(QStringLiteral("calc"))});
        QVERIFY(bytes.has_value());
        QCOMPARE(*bytes, QByteArray("message,level,status\r\n\"'=cmd|' /C calc'!A0, \"\"quoted\"\" a@b.io\",error,\"'-1\"\r\n"));
    }

    void redactionApplies_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::newRow("raw") << ExportFormat::Raw;
        QTest::newRow("csv") << ExportFormat::Csv;
        QTest::newRow("jsonl") << ExportFormat::JsonLines;
    }
    void redactionApplies()
    {
        QFETCH(ExportFormat, format);
        ExportOptions options;
        options.format = format;
        options.redact = true;
        options.redactPatterns = {QStringLiteral("calc")};
        const auto bytes = Exporter::create(options)->toBytes({source(QStringLiteral("calc"))});
        QVERIFY(bytes.has_value());
        QVERIFY2(!bytes->contains("a@b.io") && !bytes->contains("calc") && bytes->contains("[REDACTED]"), bytes->constData());
    }

    void cancelledExportLeavesNoFile_data()
    {
        QTest::addColumn<bool>("existing");
        QTest::newRow("new file") << false;
        QTest::newRow("existing file kept") << true;
    }
    void cancelledExportLeavesNoFile()
    {
        QFETCH(bool, existing);
        const QString target = m_dir.filePath(QStringLiteral("cancelled-%1.zst").arg(existing));
        if (existing) {
            QFile old(target);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old content\n");
        }
        ExportOptions options;
        options.sink.compression = Compression::Zstd;
        std::atomic<bool> cancel = false;
        const auto report = Exporter::create(options)->writeFile({source({}), source({})}, target, cancel, [&](qint64 done, qint64 total) {
            if (done > total / 4)
                cancel = true; // halfway through the first source
        });
        QVERIFY(!report.has_value());
        QVERIFY2(report.error().contains(QStringLiteral("cancelled")), qPrintable(report.error()));
        if (existing) {
            QFile old(target);
            QVERIFY(old.open(QIODevice::ReadOnly));
            QCOMPARE(old.readAll(), QByteArray("old content\n"));
        } else {
            QVERIFY(!QFile::exists(target));
        }
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled-*")}).size(), qsizetype(existing ? 1 : 0)); // no temporary left
    }

    void sourceTruncatedWhileExporting_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::newRow("raw") << ExportFormat::Raw;
        QTest::newRow("csv") << ExportFormat::Csv;
    }

    /// Cut after the first filter chunk (8 MiB) was written: the records
    /// found before the cut but read back after it are gone. The export
    /// ends where the data ends, with the records read whole, and says so.
    void sourceTruncatedWhileExporting()
    {
        QFETCH(ExportFormat, format);
        constexpr qsizetype kLine = 64;
        constexpr int kLines = 300000; // 19.2 MB: three filter chunks
        QByteArray content;
        content.reserve(kLine * kLines);
        for (int i = 0; i < kLines; ++i)
            content += QByteArray("2026-03-14 09:00:00,000 INFO [main] app - record ").append(QByteArray::number(i).rightJustified(14, '0')) + '\n';
        QCOMPARE(content.size(), kLine * kLines);
        const QString path = m_dir.filePath(QStringLiteral("shrinking-%1.log").arg(QLatin1String(QTest::currentDataTag())));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite) && file.write(content) == content.size() && file.flush());
        const qint64 cut = 9 * 1024 * 1024 + 30; // inside chunk 2, mid-line
        ExportSource source{file.handle(), 0, content.size(), 0, FormatRegistry::builtin(u"text"), m_context, Query(), path};
        ExportOptions options;
        options.format = format;
        options.csvHeader = false;
        QByteArray out;
        QBuffer buffer(&out);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        const std::atomic<bool> cancel = false;
        bool cutDone = false;
        const auto report = Exporter::create(options)->write({source}, buffer, cancel, [&](qint64, qint64) {
            if (!std::exchange(cutDone, true))
                QVERIFY(file.resize(cut));
        });
        QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error()));
        QVERIFY(cutDone);
        // Chunk 2 may have been scanned before the cut (then its cut record
        // is left out) or after it (then the cut line is a record, as in a
        // file that ends without '\n').
        const qint64 whole = cut / kLine;
        QVERIFY2(report->records == whole || report->records == whole + 1, qPrintable(QString::number(report->records)));
        if (format == ExportFormat::Raw)
            QCOMPARE(out, content.left(report->records == whole ? whole * kLine : cut));
        else
            QCOMPARE(out.count('\n'), report->records);
        QCOMPARE(report->warnings.size(), qsizetype(1));
        QVERIFY2(report->warnings.first().contains(path) && report->warnings.first().contains(QString::number(cut)),
                 qPrintable(report->warnings.first()));
    }

    void hugeRecordGoesOutInPieces_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<qint64>("minimumBytes");
        constexpr qint64 kRecord = 16 << 20;
        QTest::newRow("raw") << ExportFormat::Raw << kRecord;
        QTest::newRow("csv") << ExportFormat::Csv << kRecord;
        QTest::newRow("jsonl") << ExportFormat::JsonLines << 12 * kRecord; // message and raw, NUL escaped to \u0000
    }
    /// One 16 MiB record of NUL bytes reaches the device in pieces of about
    /// a megabyte, never in its whole exported form.
    void hugeRecordGoesOutInPieces()
    {
        QFETCH(ExportFormat, format);
        QFETCH(qint64, minimumBytes);
        const QString path = m_dir.filePath(QStringLiteral("huge-record.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite | QIODevice::Truncate));
        const QByteArray content = "2026-03-14T09:00:00Z ERROR " + QByteArray(16 << 20, '\0') + '\n';
        QCOMPARE(file.write(content), content.size());
        QVERIFY(file.flush());
        ExportSource source{file.handle(), 0, content.size(), 0, FormatRegistry::builtin(u"text"), m_context, Query(), path};
        ExportOptions options;
        options.format = format;
        CountingDevice device;
        QVERIFY(device.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const std::atomic<bool> cancel = false;
        const auto report = Exporter::create(options)->write({source}, device, cancel);
        QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error()));
        QCOMPARE(report->records, qint64(1));
        QCOMPARE(report->lastRecordEnd, content.size());
        if (format == ExportFormat::Raw)
            QCOMPARE(device.total, content.size());
        QVERIFY2(device.total > minimumBytes, qPrintable(QString::number(device.total)));
        QVERIFY2(device.biggestWrite < 2 * ExportBuffer::kFlushBytes, qPrintable(QString::number(device.biggestWrite)));
    }

    void fullDeviceFailsCleanly()
    {
        QFile full(QStringLiteral("/dev/full"));
        if (!full.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            QSKIP("no /dev/full");
        const std::atomic<bool> cancel = false;
        const auto report = Exporter::create({})->write({source({})}, full, cancel);
        QVERIFY(!report.has_value());
        QVERIFY2(report.error().contains(QStringLiteral("writing failed")), qPrintable(report.error()));
    }

    void unwritableFolderSaysSo()
    {
        const std::atomic<bool> cancel = false;
        const auto report = Exporter::create({})->writeFile({source({})}, QStringLiteral("/proc/no-such-dir/out.log"), cancel);
        QVERIFY(!report.has_value());
        QVERIFY2(report.error().contains(QStringLiteral("/proc/no-such-dir/out.log")), qPrintable(report.error()));
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
