// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compress/bytesink.h"
#include "compress/compression.h"
#include "compress/decompressor.h"

#include <QBuffer>
#include <QTemporaryFile>
#include <QTest>

Q_DECLARE_METATYPE(Compression)

/// ByteSink (zstd, gzip, none) and decompressToFd: round trips, magic
/// bytes, and damaged input that keeps what came before the damage.
class TestCompress : public QObject
{
    Q_OBJECT

    static QByteArray sampleText(int lines)
    {
        QByteArray text;
        for (int i = 0; i < lines; ++i)
            text += "2026-03-14T08:00:00Z INFO request " + QByteArray::number(i * 7919 % 100003) + " served in "
                    + QByteArray::number(i % 97) + " ms\n";
        return text;
    }

    static QByteArray compress(const QByteArray &data, Compression compression)
    {
        QByteArray out;
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        auto sink = ByteSink::create(&buffer, {compression, 0, 2});
        if (!sink)
            qFatal("no sink");
        // Several writes, as the exporter does.
        for (qsizetype at = 0; at < data.size(); at += 100000)
            if (!(*sink)->write(QByteArrayView(data).sliced(at, std::min<qsizetype>(100000, data.size() - at))))
                qFatal("write failed");
        if (!(*sink)->finish())
            qFatal("finish failed");
        return out;
    }

    struct Decoded
    {
        QByteArray data;
        std::expected<qint64, DecompressError> result;
    };

    static Decoded decompress(const QByteArray &compressed, Compression compression)
    {
        QTemporaryFile in;
        QTemporaryFile out;
        if (!in.open() || !out.open() || in.write(compressed) != compressed.size() || !in.flush())
            qFatal("temporary files");
        const std::atomic<bool> cancel = false;
        auto result = decompressToFd(in.handle(), out.handle(), compression, cancel);
        out.seek(0);
        return {out.readAll(), result};
    }

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<Compression>("compression");
        QTest::addColumn<int>("lines");
        for (const Compression c : {Compression::Zstd, Compression::Gzip}) {
            const QByteArray name = compressionName(c).toLatin1();
            QTest::newRow(name + " empty") << c << 0;
            QTest::newRow(name + " one line") << c << 1;
            QTest::newRow(name + " 4 MiB") << c << 60000;
        }
    }
    void roundTrip()
    {
        QFETCH(Compression, compression);
        QFETCH(int, lines);
        const QByteArray text = sampleText(lines);
        const QByteArray packed = compress(text, compression);
        QCOMPARE(sniffCompression(packed), compression);
        const Decoded decoded = decompress(packed, compression);
        QVERIFY2(decoded.result.has_value(), qPrintable(decoded.result ? QString() : decoded.result.error().message));
        QCOMPARE(*decoded.result, qint64(text.size()));
        QVERIFY(decoded.data == text);
    }

    void concatenatedMembersAndFrames_data()
    {
        QTest::addColumn<Compression>("compression");
        QTest::newRow("zstd") << Compression::Zstd;
        QTest::newRow("gzip") << Compression::Gzip;
    }
    void concatenatedMembersAndFrames()
    {
        QFETCH(Compression, compression);
        const QByteArray a = sampleText(100);
        const QByteArray b = sampleText(33);
        const Decoded decoded = decompress(compress(a, compression) + compress(b, compression), compression);
        QVERIFY(decoded.result.has_value());
        QVERIFY(decoded.data == a + b);
    }

    void blocksOfAnySize_data()
    {
        QTest::addColumn<Compression>("compression");
        QTest::addColumn<int>("blockBytes");
        for (const Compression c : {Compression::Zstd, Compression::Gzip}) {
            const QByteArray name = compressionName(c).toLatin1();
            for (const int bytes : {1, 4095, 65536, 2 * 1024 * 1024, 16 * 1024 * 1024})
                QTest::newRow(name + " " + QByteArray::number(bytes)) << c << bytes;
        }
    }
    void blocksOfAnySize()
    {
        QFETCH(Compression, compression);
        QFETCH(int, blockBytes);
        const QByteArray text = sampleText(blockBytes == 1 ? 2000 : 60000);
        const QByteArray packed = compress(text, compression) + compress(sampleText(3), compression);
        QTemporaryFile in;
        QVERIFY(in.open());
        QCOMPARE(in.write(packed), packed.size());
        QVERIFY(in.flush());
        QByteArray out;
        bool sameSize = true;
        std::size_t shortBlocks = 0;
        const std::atomic<bool> cancel = false;
        const auto result = ::decompress(in.handle(), compression, cancel, [&](std::vector<char> &block, std::size_t size) {
            sameSize = sameSize && block.size() == std::size_t(blockBytes);
            shortBlocks += size < block.size() ? 1 : 0;
            out.append(block.data(), qsizetype(size));
            std::vector<char>(block.size()).swap(block); // the sink may keep the block
            return true;
        }, std::size_t(blockBytes));
        QVERIFY(result.has_value());
        QVERIFY(out == text + sampleText(3));
        QCOMPARE(*result, qint64(out.size()));
        QVERIFY(sameSize);
        QVERIFY2(shortBlocks <= 1, "only the last block is short");
    }

    void damaged_data()
    {
        QTest::addColumn<Compression>("compression");
        QTest::addColumn<bool>("truncate");
        QTest::addColumn<QString>("says");
        QTest::newRow("zstd truncated") << Compression::Zstd << true << QStringLiteral("ends early");
        QTest::newRow("gzip truncated") << Compression::Gzip << true << QStringLiteral("ends early");
        QTest::newRow("zstd corrupt") << Compression::Zstd << false << QStringLiteral("damaged");
        QTest::newRow("gzip corrupt") << Compression::Gzip << false << QStringLiteral("damaged");
    }
    void damaged()
    {
        QFETCH(Compression, compression);
        QFETCH(bool, truncate);
        QFETCH(QString, says);
        const QByteArray text = sampleText(200000); // about 10 MiB: many blocks
        QByteArray packed = compress(text, compression);
        const qsizetype cut = packed.size() / 2;
        if (truncate) {
            packed.truncate(cut);
        } else {
            for (qsizetype i = cut; i < cut + 64; ++i)
                packed[i] = static_cast<char>(packed[i] ^ 0x5A);
        }
        const Decoded decoded = decompress(packed, compression);
        QVERIFY(!decoded.result.has_value());
        const DecompressError &error = decoded.result.error();
        QVERIFY2(error.message.contains(says), qPrintable(error.message));
        QVERIFY2(error.message.contains(QString::number(error.compressedOffset)), qPrintable(error.message));
        QVERIFY(error.compressedOffset > 0 && error.compressedOffset <= packed.size());
        QCOMPARE(error.written, qint64(decoded.data.size()));
        // Everything up to the damage is there: a good part of the text, as it was.
        QVERIFY2(decoded.data.size() > text.size() / 4, QByteArray::number(decoded.data.size()));
        // A damaged deflate or zstd block may decode to some garbage before the damage is noticed.
        const qsizetype good = truncate ? decoded.data.size() : text.size() / 4;
        for (qsizetype i = 0; i < good; ++i)
            if (decoded.data[i] != text[i])
                QFAIL(qPrintable(QStringLiteral("differs at %1 of %2 (decoded %3)").arg(i).arg(text.size()).arg(decoded.data.size())));
    }

    void sniff_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<Compression>("expected");
        QTest::newRow("zstd frame") << QByteArray("\x28\xB5\x2F\xFD\x00", 5) << Compression::Zstd;
        QTest::newRow("zstd skippable") << QByteArray("\x50\x2A\x4D\x18", 4) << Compression::Zstd;
        QTest::newRow("gzip") << QByteArray("\x1F\x8B\x08\x00", 4) << Compression::Gzip;
        QTest::newRow("text") << QByteArray("2026-03-14 INFO") << Compression::None;
        QTest::newRow("short") << QByteArray("\x1F") << Compression::None;
        QTest::newRow("empty") << QByteArray() << Compression::None;
    }
    void sniff()
    {
        QFETCH(QByteArray, head);
        QFETCH(Compression, expected);
        QCOMPARE(sniffCompression(head), expected);
    }

    void byName_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Compression>("expected");
        QTest::newRow("zst") << QStringLiteral("/tmp/a.log.zst") << Compression::Zstd;
        QTest::newRow("ZST") << QStringLiteral("A.LOG.ZST") << Compression::Zstd;
        QTest::newRow("zstd") << QStringLiteral("a.zstd") << Compression::Zstd;
        QTest::newRow("rotated gz") << QStringLiteral("app.log.2.gz") << Compression::Gzip;
        QTest::newRow("plain") << QStringLiteral("app.log") << Compression::None;
        QTest::newRow("gz in the middle") << QStringLiteral("app.gz.log") << Compression::None;
    }
    void byName()
    {
        QFETCH(QString, path);
        QFETCH(Compression, expected);
        QCOMPARE(compressionForPath(path), expected);
    }

    void writeErrorIsReported_data()
    {
        QTest::addColumn<Compression>("compression");
        QTest::newRow("none") << Compression::None;
        QTest::newRow("zstd") << Compression::Zstd;
        QTest::newRow("gzip") << Compression::Gzip;
    }
    void writeErrorIsReported()
    {
        QFETCH(Compression, compression);
        QFile full(QStringLiteral("/dev/full"));
        if (!full.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            QSKIP("no /dev/full");
        auto sink = ByteSink::create(&full, {compression, 0, 1});
        QVERIFY(sink.has_value());
        const QByteArray text = sampleText(50000);
        auto wrote = (*sink)->write(text);
        if (wrote)
            wrote = (*sink)->finish();
        QVERIFY(!wrote.has_value());
        QVERIFY2(wrote.error().contains(QStringLiteral("writing failed")), qPrintable(wrote.error()));
    }
};

QTEST_GUILESS_MAIN(TestCompress)
#include "tst_compress.moc"
