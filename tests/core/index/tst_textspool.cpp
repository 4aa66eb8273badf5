// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compress/bytesink.h"
#include "index/blockrelay.h"
#include "index/spoolwriter.h"
#include "index/textspool.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryFile>
#include <QTest>

#include <cerrno>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

Q_DECLARE_METATYPE(Compression)

/// SpoolWriter (write and index in one pass), BlockRelay (the hand-over
/// between the decompressing and the writing thread) and TextSpool (chunks
/// that cover exactly what was written, in order, for every source).
class TestTextSpool : public QObject
{
    Q_OBJECT

    using Chunks = std::vector<std::shared_ptr<const IndexChunk>>;

    /// The offset just past every '\n', the slow way.
    static std::vector<qint64> lineEndsOf(const QByteArray &text)
    {
        std::vector<qint64> ends;
        for (qsizetype i = 0; i < text.size(); ++i)
            if (text[i] == '\n')
                ends.push_back(i + 1);
        return ends;
    }

    /// Checks that @p chunks tile [0, size) in order and hold @p text's line ends.
    static void verifyChunks(const Chunks &chunks, const QByteArray &text)
    {
        std::vector<qint64> ends;
        qint64 at = 0;
        for (const auto &chunk : chunks) {
            QCOMPARE(chunk->beginByte, at);
            QVERIFY(chunk->endByte > chunk->beginByte);
            for (qint64 i = 0; i < chunk->lineEnds.size(); ++i) {
                const qint64 end = chunk->lineEnds.at(i);
                QVERIFY(end > chunk->beginByte && end <= chunk->endByte);
                ends.push_back(end);
            }
            at = chunk->endByte;
        }
        QCOMPARE(at, qint64(text.size()));
        QVERIFY(ends == lineEndsOf(text));
    }

    static QByteArray sampleLog(int lines)
    {
        QByteArray text;
        for (int i = 0; i < lines; ++i)
            text += "2026-03-14 08:00:00,000 INFO [main] app.Svc - request " + QByteArray::number(i)
                    + QByteArray(i % 7, 'x') + (i % 3 == 0 ? "\r\n" : "\n");
        return text;
    }

    static QByteArray compress(const QByteArray &text, Compression compression)
    {
        QByteArray packed;
        QBuffer buffer(&packed);
        buffer.open(QIODevice::WriteOnly);
        auto sink = ByteSink::create(&buffer, {compression, 0, 2});
        if (!sink || !(*sink)->write(text) || !(*sink)->finish())
            qFatal("compression failed");
        return packed;
    }

    /// Collects what @p spool reports; finished says when it is done.
    struct Collected
    {
        Chunks chunks;
        QString error;
        bool finished = false;
    };
    static void collect(TextSpool &spool, Collected &into)
    {
        connect(&spool, &TextSpool::indexed, &spool, [&into](const std::shared_ptr<const IndexChunk> &chunk) { into.chunks.push_back(chunk); });
        connect(&spool, &TextSpool::finished, &spool, [&into](const QString &message) {
            into.error = message;
            into.finished = true;
        });
    }

private Q_SLOTS:
    void writerIndexesWhatItWrites_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("piece");
        const QByteArray log = sampleLog(3000);
        QTest::newRow("byte by byte") << log.first(5000) << 1;
        QTest::newRow("odd pieces") << log << 7;
        QTest::newRow("64-byte steps (the SSE2 stride)") << log << 64;
        QTest::newRow("in one go") << log << int(log.size());
        QTest::newRow("no line end at all") << QByteArray(1000, 'a') << 100;
        QTest::newRow("no final line end") << QByteArray("a\nb\nc") << 2;
        QTest::newRow("empty lines") << QByteArray("\n\n\n\r\n\n") << 1;
        QTest::newRow("line ends on piece edges") << QByteArray("abc\ndef\nghi\n") << 4;
    }
    void writerIndexesWhatItWrites()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, piece);
        QTemporaryFile file;
        QVERIFY(file.open());
        Chunks chunks;
        SpoolWriter writer(file.handle(), [&](std::shared_ptr<const IndexChunk> chunk) { chunks.push_back(std::move(chunk)); });
        for (qsizetype at = 0; at < text.size(); at += piece) {
            QVERIFY(writer.append(text.constData() + at, static_cast<std::size_t>(std::min<qsizetype>(piece, text.size() - at))));
            QVERIFY2(!chunks.empty(), "the first piece is delivered at once (first rows)");
        }
        writer.flush();
        QCOMPARE(writer.written(), qint64(text.size()));
        verifyChunks(chunks, text);
        file.seek(0);
        QCOMPARE(file.readAll(), text);
    }

    void writerDeliversNothingEmpty()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        int deliveries = 0;
        SpoolWriter writer(file.handle(), [&](std::shared_ptr<const IndexChunk>) { ++deliveries; });
        writer.flush();
        QCOMPARE(deliveries, 0);
        QVERIFY(writer.append("a\n", 2));
        writer.flush();
        writer.flush();
        QCOMPARE(deliveries, 1);
    }

    void writerReportsAFullDisk()
    {
        const int full = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
        if (full < 0)
            QSKIP("no /dev/full");
        int deliveries = 0;
        SpoolWriter writer(full, [&](std::shared_ptr<const IndexChunk>) { ++deliveries; });
        errno = 0;
        QVERIFY(!writer.append("a line\n", 7));
        QCOMPARE(errno, ENOSPC);
        writer.flush();
        QCOMPARE(deliveries, 0); // nothing unwritten is ever indexed
        QCOMPARE(writer.written(), qint64(0));
        ::close(full);
    }

    void relayKeepsOrderWithoutCopies()
    {
        constexpr int kBlocks = 500;
        BlockRelay relay(3, 16);
        std::vector<int> seen;
        std::thread consumer([&] {
            while (auto filled = relay.take()) {
                if (filled->block.size() != 16)
                    return; // the size check below fails then
                seen.push_back(filled->block[0] * 256 + static_cast<unsigned char>(filled->block[1]));
                relay.giveBack(std::move(filled->block));
            }
        });
        std::vector<char> block(16);
        for (int i = 0; i < kBlocks; ++i) {
            block[0] = static_cast<char>(i / 256);
            block[1] = static_cast<char>(i % 256);
            QVERIFY(relay.hand(block, 2));
            QCOMPARE(block.size(), std::size_t(16));
        }
        relay.close();
        consumer.join();
        QCOMPARE(seen.size(), std::size_t(kBlocks));
        for (int i = 0; i < kBlocks; ++i)
            QCOMPARE(seen[static_cast<std::size_t>(i)], i);
    }

    void relayStopReleasesTheProducer()
    {
        BlockRelay relay(1, 8);
        std::vector<char> block(8);
        QVERIFY(relay.hand(block, 8)); // the only empty block is now in flight
        std::thread consumer([&] { relay.stop(); });
        QVERIFY(!relay.hand(block, 8)); // would wait for ever without stop()
        consumer.join();
        QCOMPARE(block.size(), std::size_t(8));
    }

    void decompressedChunksCoverTheText_data()
    {
        QTest::addColumn<Compression>("compression");
        QTest::addColumn<int>("lines");
        for (const Compression c : {Compression::Zstd, Compression::Gzip}) {
            const QByteArray name = compressionName(c).toLatin1();
            QTest::newRow(name + " empty") << c << 0;
            QTest::newRow(name + " one line") << c << 1;
            QTest::newRow(name + " many blocks") << c << 150000; // about 11 MiB
        }
    }
    void decompressedChunksCoverTheText()
    {
        QFETCH(Compression, compression);
        QFETCH(int, lines);
        const QByteArray text = sampleLog(lines);
        QTemporaryFile packed;
        QVERIFY(packed.open());
        const QByteArray bytes = compress(text, compression);
        QCOMPARE(packed.write(bytes), bytes.size());
        QVERIFY(packed.flush());
        TextSpool spool;
        Collected got;
        collect(spool, got);
        const auto path = spool.startDecompress(packed.handle(), compression);
        QVERIFY(path.has_value());
        QTRY_VERIFY_WITH_TIMEOUT(got.finished, 60000);
        const Chunks &chunks = got.chunks;
        const QString &error = got.error;
        QCOMPARE(error, QString());
        verifyChunks(chunks, text);
        QCOMPARE(spool.bytesWritten(), qint64(text.size()));
        QFile copy(*path);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QVERIFY(copy.readAll() == text);
    }

    void damagedArchiveKeepsWhatCameBefore_data()
    {
        QTest::addColumn<Compression>("compression");
        QTest::addColumn<bool>("truncate");
        QTest::addColumn<QString>("says");
        QTest::newRow("zstd truncated") << Compression::Zstd << true << QStringLiteral("ends early");
        QTest::newRow("gzip truncated") << Compression::Gzip << true << QStringLiteral("ends early");
        QTest::newRow("zstd corrupt") << Compression::Zstd << false << QStringLiteral("damaged");
        QTest::newRow("gzip corrupt") << Compression::Gzip << false << QStringLiteral("damaged");
    }
    void damagedArchiveKeepsWhatCameBefore()
    {
        QFETCH(Compression, compression);
        QFETCH(bool, truncate);
        QFETCH(QString, says);
        const QByteArray text = sampleLog(150000);
        QByteArray bytes = compress(text, compression);
        const qsizetype cut = bytes.size() / 2;
        if (truncate)
            bytes.truncate(cut);
        else
            for (qsizetype i = cut; i < cut + 64; ++i)
                bytes[i] = static_cast<char>(bytes[i] ^ 0x5A);
        QTemporaryFile packed;
        QVERIFY(packed.open());
        QCOMPARE(packed.write(bytes), bytes.size());
        QVERIFY(packed.flush());
        TextSpool spool;
        Collected got;
        collect(spool, got);
        const auto path = spool.startDecompress(packed.handle(), compression);
        QVERIFY(path.has_value());
        QTRY_VERIFY_WITH_TIMEOUT(got.finished, 60000);
        const Chunks &chunks = got.chunks;
        const QString &error = got.error;
        QVERIFY2(error.contains(says) && error.contains(QStringLiteral("byte")), qPrintable(error));
        QVERIFY(!chunks.empty());
        QFile copy(*path);
        QVERIFY(copy.open(QIODevice::ReadOnly));
        const QByteArray spooled = copy.readAll();
        QCOMPARE(qint64(spooled.size()), spool.bytesWritten());
        QVERIFY2(spooled.size() > text.size() / 4, QByteArray::number(spooled.size()));
        verifyChunks(chunks, spooled); // the index matches the spool, to its last byte
        if (truncate)
            QVERIFY(text.startsWith(spooled));
    }

    void streamShowsLinesBeforeItEnds()
    {
        int ends[2];
        QVERIFY(::pipe(ends) == 0);
        TextSpool spool;
        Chunks chunks;
        connect(&spool, &TextSpool::indexed, this, [&](const std::shared_ptr<const IndexChunk> &chunk) { chunks.push_back(chunk); });
        QVERIFY(spool.startStream(ends[0]).has_value());
        ::close(ends[0]);
        QCOMPARE(::write(ends[1], "one\ntwo\n", 8), ssize_t(8));
        QTRY_COMPARE(spool.bytesWritten(), qint64(8)); // the pipe stays open
        QVERIFY(!spool.isFinished());
        QCOMPARE(::write(ends[1], "three", 5), ssize_t(5));
        ::close(ends[1]);
        QTRY_VERIFY(spool.isFinished());
        verifyChunks(chunks, QByteArray("one\ntwo\nthree"));
    }

    void destroyingARunningSpoolReturnsAtOnce()
    {
        const QByteArray bytes = compress(sampleLog(300000), Compression::Gzip);
        QTemporaryFile packed;
        QVERIFY(packed.open());
        QCOMPARE(packed.write(bytes), bytes.size());
        QVERIFY(packed.flush());
        QString path;
        {
            TextSpool spool;
            const auto started = spool.startDecompress(packed.handle(), Compression::Gzip);
            QVERIFY(started.has_value());
            path = *started;
        } // cancels the worker; it finishes on its own
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestTextSpool)
#include "tst_textspool.moc"
