// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compress/bytesink.h"
#include "index/logfile.h"

#include <QBuffer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(Compression)

/// LogFile opens zstd and gzip files through a decompressed spool: same
/// lines as the plain file, damaged archives show what came before.
class TestCompressedLogFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QByteArray sampleLog(int lines)
    {
        QByteArray text;
        for (int i = 0; i < lines; ++i)
            text += "2026-03-14 08:00:" + QByteArray::number(10 + i % 50) + ",000 INFO [main] app.Svc - request " + QByteArray::number(i)
                    + (i % 3 == 0 ? "\r\n" : "\n");
        return text;
    }

    QString writeCompressed(const QString &name, const QByteArray &text, Compression compression, qsizetype keepBytes = -1)
    {
        QByteArray packed;
        QBuffer buffer(&packed);
        buffer.open(QIODevice::WriteOnly);
        auto sink = ByteSink::create(&buffer, {compression, 0, 2});
        if (!sink || !(*sink)->write(text) || !(*sink)->finish())
            qFatal("compression failed");
        if (keepBytes >= 0)
            packed.truncate(keepBytes);
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(packed) != packed.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    /// A copy of @p source with 64 bytes flipped from @p at on.
    QString writeCorrupted(const QString &name, const QString &source, qsizetype at)
    {
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(source));
        QByteArray bytes = in.readAll();
        for (qsizetype i = at; i < at + 64 && i < bytes.size(); ++i)
            bytes[i] = static_cast<char>(bytes[i] ^ 0x5A);
        const QString path = m_dir.filePath(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void opensLikeThePlainFile_data()
    {
        QTest::addColumn<Compression>("compression");
        QTest::addColumn<QString>("name");
        QTest::newRow("zstd") << Compression::Zstd << QStringLiteral("app.log.zst");
        QTest::newRow("gzip rotated") << Compression::Gzip << QStringLiteral("app.log.2.gz");
        QTest::newRow("gzip without suffix") << Compression::Gzip << QStringLiteral("app.log.1");
    }
    void opensLikeThePlainFile()
    {
        QFETCH(Compression, compression);
        QFETCH(QString, name);
        const QByteArray text = sampleLog(200000); // about 12 MiB
        const QString path = writeCompressed(name, text, compression);
        LogFile file;
        QSignalSpy finished(&file, &LogFile::indexingFinished);
        QSignalSpy errors(&file, &LogFile::errorOccurred);
        QVERIFY(file.open(path).has_value());
        QCOMPARE(file.compression(), compression);
        QVERIFY(finished.wait(60000));
        QCOMPARE(errors.count(), qsizetype(0));
        QCOMPARE(file.lineCount(), qint64(200000));
        QCOMPARE(file.lineBytes(0), text.first(text.indexOf('\r')));
        QCOMPARE(file.lineBytes(199999), QByteArray("2026-03-14 08:00:59,000 INFO [main] app.Svc - request 199999"));
        QVERIFY(file.format());
        QVERIFY(!file.setFollowing(true));
        const QString spool = file.dataPath();
        QVERIFY(spool != path);
        QCOMPARE(QFileInfo(spool).size(), qint64(text.size()));
    }

    void spoolIsRemovedOnClose()
    {
        const QString path = writeCompressed(QStringLiteral("small.log.gz"), sampleLog(10), Compression::Gzip);
        QString spool;
        {
            LogFile file;
            QSignalSpy finished(&file, &LogFile::indexingFinished);
            QVERIFY(file.open(path).has_value());
            QVERIFY(finished.wait(10000));
            spool = file.dataPath();
            QVERIFY(QFileInfo::exists(spool));
        }
        QVERIFY(!QFileInfo::exists(spool));
    }

    void damagedShowsWhatCameBefore_data()
    {
        QTest::addColumn<Compression>("compression");
        QTest::addColumn<bool>("truncate");
        QTest::addColumn<QString>("says");
        QTest::newRow("zstd truncated") << Compression::Zstd << true << QStringLiteral("ends early");
        QTest::newRow("gzip truncated") << Compression::Gzip << true << QStringLiteral("ends early");
        QTest::newRow("zstd corrupt") << Compression::Zstd << false << QStringLiteral("damaged");
        QTest::newRow("gzip corrupt") << Compression::Gzip << false << QStringLiteral("damaged");
    }
    void damagedShowsWhatCameBefore()
    {
        QFETCH(Compression, compression);
        QFETCH(bool, truncate);
        QFETCH(QString, says);
        const QByteArray text = sampleLog(200000);
        const QString full = writeCompressed(QStringLiteral("full"), text, compression);
        const qsizetype half = QFileInfo(full).size() / 2;
        const QString path = truncate ? writeCompressed(QStringLiteral("cut"), text, compression, half)
                                      : writeCorrupted(QStringLiteral("corrupt"), full, half);
        LogFile file;
        QSignalSpy finished(&file, &LogFile::indexingFinished);
        QSignalSpy errors(&file, &LogFile::errorOccurred);
        QVERIFY(file.open(path).has_value());
        QVERIFY(finished.wait(60000));
        QVERIFY(!file.isIndexing());
        QCOMPARE(errors.count(), qsizetype(1));
        const QString message = errors.first().first().toString();
        QVERIFY2(message.contains(says) && message.contains(QStringLiteral("byte")), qPrintable(message));
        QVERIFY2(message.contains(QFileInfo(path).fileName()), qPrintable(message));
        QVERIFY2(file.lineCount() > 50000 && file.lineCount() < 200000, QByteArray::number(file.lineCount()));
        QCOMPARE(file.lineBytes(1000), QByteArray("2026-03-14 08:00:10,000 INFO [main] app.Svc - request 1000"));
        QVERIFY(file.format());
    }

    void firstRowsComeBeforeTheEnd()
    {
        const QByteArray text = sampleLog(400000); // about 24 MiB: many chunks
        const QString path = writeCompressed(QStringLiteral("big.log.zst"), text, Compression::Zstd);
        LogFile file;
        QSignalSpy finished(&file, &LogFile::indexingFinished);
        qint64 batches = 0;
        qint64 next = 0;
        bool contiguous = true;
        connect(&file, &LogFile::linesAdded, this, [&](qint64 first, qint64 count) {
            contiguous = contiguous && first == next && count > 0;
            next = first + count;
            ++batches;
        });
        QVERIFY(file.open(path).has_value());
        QVERIFY(finished.wait(60000));
        QVERIFY(contiguous);
        QCOMPARE(next, qint64(400000));
        QVERIFY2(batches > 1, "the lines arrive in batches as the file is decompressed");
        QCOMPARE(file.lineBytes(399999), QByteArray("2026-03-14 08:00:59,000 INFO [main] app.Svc - request 399999"));
        QCOMPARE(file.indexedBytes(), qint64(text.size()));
    }
};

QTEST_GUILESS_MAIN(TestCompressedLogFile)
#include "tst_compressedlogfile.moc"
