// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/lineindexer.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

/// The line index against a trivially correct reference: split on '\n'.
class TestLineIndex : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QByteArray &content)
    {
        static int n = 0;
        const QString path = m_dir.filePath(QStringLiteral("f%1.log").arg(++n));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write fixture");
        return path;
    }

    /// Lines as a reader sees them: split on '\n', a final piece without
    /// '\n' is a line when non-empty, "\r" before "\n" dropped by readers.
    static QList<QByteArray> referenceLines(const QByteArray &content)
    {
        QList<QByteArray> lines = content.split('\n');
        if (lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }

    static LineIndex index(const QString &path, qint64 from, qint64 to, LineIndex base, const IndexOptions &options)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot open fixture");
        const std::atomic<bool> cancel = false;
        const auto result = scanLines(file.handle(), from, to, options, cancel,
                                      [&base](std::shared_ptr<const IndexChunk> c) { base.append(std::move(c)); });
        if (!result || *result != to)
            qFatal("scan failed");
        return base;
    }

    static QByteArray lineAt(const QByteArray &content, const LineIndex &index, qint64 line)
    {
        const LineRange r = index.lineRange(line);
        return content.mid(r.begin, r.length());
    }

    void compare(const QByteArray &content, const LineIndex &index)
    {
        const QList<QByteArray> expected = referenceLines(content);
        QCOMPARE(index.lineCount(true), expected.size());
        QCOMPARE(index.indexedBytes(), content.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(lineAt(content, index, i), expected[i]);
    }

private Q_SLOTS:
    void edgeCases_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one line, no newline") << QByteArray("hello");
        QTest::newRow("one line") << QByteArray("hello\n");
        QTest::newRow("no trailing newline") << QByteArray("a\nbb\nccc");
        QTest::newRow("crlf") << QByteArray("a\r\nbb\r\n\r\nccc\r\n");
        QTest::newRow("only newlines") << QByteArray(1000, '\n');
        QTest::newRow("nul bytes") << QByteArray("a\0b\n\0\0\n\0", 9);
        QTest::newRow("1 MiB line") << (QByteArray("x\n") + QByteArray(1 << 20, 'y') + QByteArray("\nz\n"));
        QTest::newRow("1 MiB line at end") << (QByteArray("x\n") + QByteArray(1 << 20, 'y'));
        QTest::newRow("invalid utf-8") << QByteArray("\xff\xfe\n\xc3\x28\n\xe2\x82\n\xf0\x9f\x98\x80 ok\n");
    }

    void edgeCases()
    {
        QFETCH(QByteArray, content);
        const QString path = write(content);
        for (const qint64 chunk : {1, 3, 7, 64, 4096, 16 << 20}) {
            if (chunk < 64 && content.size() > 4096)
                continue; // a million one-byte chunks prove nothing more
            for (const int threads : {1, 2, 4}) {
                const LineIndex result = index(path, 0, content.size(), {}, {threads, chunk, chunk});
                compare(content, result);
                if (QTest::currentTestFailed())
                    qWarning() << "chunk" << chunk << "threads" << threads;
            }
        }
    }

    void partialLineIsNotComplete()
    {
        const QByteArray content("a\nb\npartial");
        const LineIndex result = index(write(content), 0, content.size(), {}, {});
        QCOMPARE(result.completeLineCount(), 2);
        QVERIFY(result.hasPartialLine());
        QCOMPARE(result.lineCount(false), 2);
        QCOMPARE(result.lineCount(true), 3);
        QCOMPARE(lineAt(content, result, 2), QByteArray("partial"));
    }

    void randomFilesWithAppends_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 4u, 5u})
            QTest::newRow(qPrintable(QString::number(seed))) << seed;
    }

    /// Random line lengths (UTF-8 and CRLF included); the file is indexed in
    /// two scans, as an append would, split at a random byte.
    void randomFilesWithAppends()
    {
        QFETCH(quint32, seed);
        QRandomGenerator random(seed);
        QByteArray content;
        const int lines = random.bounded(1, 3000);
        for (int i = 0; i < lines; ++i) {
            const int length = random.bounded(0, random.bounded(2) ? 20 : 400);
            for (int c = 0; c < length; ++c)
                content += random.bounded(10) == 0 ? QByteArray("\xc3\xa9") : QByteArray(1, char('a' + c % 26));
            content += random.bounded(4) == 0 ? "\r\n" : "\n";
        }
        if (random.bounded(2))
            content += "tail without newline";
        const QString path = write(content);
        const qint64 split = random.bounded(content.size() + 1);
        const IndexOptions options{random.bounded(1, 5), random.bounded(1, 500), random.bounded(1, 5000)};
        LineIndex first = index(path, 0, split, {}, options);
        const LineIndex full = index(path, split, content.size(), first, options);
        compare(content, full);
    }

    void cancelStopsEarly()
    {
        const QByteArray content = QByteArray("line\n").repeated(100000);
        QFile file(write(content));
        QVERIFY(file.open(QIODevice::ReadOnly));
        std::atomic<bool> cancel = false;
        LineIndex result;
        const auto reached = scanLines(file.handle(), 0, content.size(), {2, 4096, 4096}, cancel,
                                       [&](std::shared_ptr<const IndexChunk> c) {
                                           result.append(std::move(c));
                                           cancel = true;
                                       });
        QVERIFY(reached.has_value());
        QVERIFY(*reached < content.size());
        QCOMPARE(result.indexedBytes(), *reached);
    }

    void shrunkFileStopsAtEnd()
    {
        // Scanning past the end (the file was truncated meanwhile) stops at EOF.
        const QByteArray content("a\nb\nc\n");
        QFile file(write(content));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const std::atomic<bool> cancel = false;
        LineIndex result;
        const auto reached = scanLines(file.handle(), 0, 1000, {2, 2, 2}, cancel,
                                       [&](std::shared_ptr<const IndexChunk> c) { result.append(std::move(c)); });
        QVERIFY(reached.has_value());
        QCOMPARE(*reached, content.size());
        QCOMPARE(result.completeLineCount(), 3);
    }

    /// Offsets past 4 GiB (and past 2^32 line bytes into a line): a sparse
    /// file whose first 4 GiB are one line and a hole; the index of that part
    /// is made by hand, as an earlier scan would have left it, and the lines
    /// after it are scanned as an append and read back with pread.
    void offsetsPastFourGiB_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::newRow("just past 4 GiB") << (qint64{1} << 32) + 7;
        QTest::newRow("past 8 GiB") << (qint64{1} << 33) + 12345;
    }

    void offsetsPastFourGiB()
    {
        QFETCH(qint64, start);
        QRandomGenerator random(7);
        QByteArray tail("\n"); // ends the line that holds the hole
        for (int i = 0; i < 2000; ++i)
            tail += QByteArray(random.bounded(0, 200), char('a' + i % 26)) + (i % 3 ? "\n" : "\r\n");
        const QString path = m_dir.filePath(QStringLiteral("sparse%1.log").arg(start));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.write("first\n") == 6);
        QVERIFY(file.seek(start));
        QVERIFY(file.write(tail) == tail.size());
        QVERIFY(file.flush());
        struct stat st = {};
        QVERIFY(::fstat(file.handle(), &st) == 0);
        if (st.st_blocks * 512 > (qint64{64} << 20))
            QSKIP("the file system does not keep sparse files");
        const qint64 size = start + tail.size();
        QCOMPARE(qint64(st.st_size), size);

        auto head = std::make_shared<IndexChunk>(0);
        head->lineEnds.append(6);
        head->endByte = start;
        LineIndex base;
        base.append(head);
        const std::atomic<bool> cancel = false;
        const auto reached = scanLines(file.handle(), start, size, {2, 4096, 65536}, cancel,
                                       [&base](std::shared_ptr<const IndexChunk> c) { base.append(std::move(c)); });
        QVERIFY(reached.has_value());
        QCOMPARE(*reached, size);
        QCOMPARE(base.indexedBytes(), size);

        const QList<QByteArray> expected = referenceLines(tail.mid(1));
        QCOMPARE(base.lineCount(true), 2 + expected.size());
        QCOMPARE(base.lineRange(0).end, 5); // "first", without its '\n'
        QCOMPARE(base.lineRange(1).begin, 6);
        QCOMPARE(base.lineRange(1).end, start); // the hole, up to the '\n' at start
        QCOMPARE(base.lineRange(1).length(), start - 6); // longer than 2^32
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const LineRange range = base.lineRange(2 + i);
            QVERIFY(range.begin > (qint64{1} << 32));
            QByteArray bytes(range.length(), Qt::Uninitialized);
            QCOMPARE(::pread(file.handle(), bytes.data(), static_cast<size_t>(bytes.size()), range.begin), ssize_t(bytes.size()));
            QCOMPARE(bytes, expected[i]);
        }
    }

    void compactMemory()
    {
        // About 2 bytes per line for lines of 100-300 bytes.
        QByteArray content;
        for (int i = 0; i < 100000; ++i)
            content += QByteArray(100 + i % 200, 'x') + '\n';
        const LineIndex result = index(write(content), 0, content.size(), {}, {});
        QCOMPARE(result.completeLineCount(), 100000);
        QVERIFY2(result.memoryBytes() < 3 * 100000, qPrintable(QString::number(result.memoryBytes())));
    }
};

QTEST_GUILESS_MAIN(TestLineIndex)
#include "tst_lineindex.moc"
