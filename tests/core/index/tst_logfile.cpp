// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/logfile.h"
#include "model/logtablemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileSystemWatcher>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

/// LogFile and LogTableModel together, as the GUI uses them: batches arrive
/// while QAbstractItemModelTester checks every signal.
class TestLogFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content, QIODevice::OpenMode mode = QIODevice::WriteOnly)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(mode) || file.write(content) != content.size())
            qFatal("cannot write fixture");
        return path;
    }

    static QByteArray numberedLines(int from, int count)
    {
        QByteArray out;
        for (int i = from; i < from + count; ++i)
            out += "line " + QByteArray::number(i) + '\n';
        return out;
    }

private Q_SLOTS:
    void openErrors_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expectedWords");
        QTest::newRow("missing") << QStringLiteral("nope.log") << QStringLiteral("does not exist");
        QTest::newRow("directory") << QStringLiteral("adir") << QStringLiteral("is a folder");
        QTest::newRow("fifo") << QStringLiteral("afifo") << QStringLiteral("not a regular file");
        QTest::newRow("unreadable") << QStringLiteral("secret.log") << QStringLiteral("Cannot read");
    }

    void openErrors()
    {
        QFETCH(QString, name);
        QFETCH(QString, expectedWords);
        QDir(m_dir.path()).mkdir(QStringLiteral("adir"));
        ::mkfifo(QFile::encodeName(m_dir.filePath(QStringLiteral("afifo"))).constData(), 0600);
        const QString secret = write(QStringLiteral("secret.log"), "x\n");
        QFile::setPermissions(secret, QFileDevice::WriteOwner);
        if (name == u"secret.log" && QFile(secret).open(QIODevice::ReadOnly))
            QSKIP("running with permission to read anything (root)");
        LogFile file;
        const auto result = file.open(m_dir.filePath(name));
        QVERIFY(!result);
        QVERIFY2(result.error().contains(expectedWords), qPrintable(result.error()));
        QVERIFY(result.error().contains(name));
    }

    void modelGrowsInBatches()
    {
        const QByteArray content = numberedLines(0, 5000);
        LogFile file;
        file.setIndexOptions({2, 100, 1000}); // many small batches
        LogTableModel model(&file);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(file.open(write(QStringLiteral("batches.log"), content)));
        QSignalSpy finished(&file, &LogFile::indexingFinished);
        QVERIFY(finished.wait(10000));
        QVERIFY(inserted.count() > 10);
        QCOMPARE(model.rowCount(), 5000);
        QCOMPARE(model.index(0, 0).data(LogTableModel::RawTextRole).toString(), QStringLiteral("line 0"));
        QCOMPARE(model.index(4999, 0).data(LogTableModel::RawTextRole).toString(), QStringLiteral("line 4999"));
        QCOMPARE(model.index(41, LogTableModel::LineColumn).data().toString(), QStringLiteral("42"));
        QCOMPARE(model.index(41, 0).data(LogTableModel::LineNumberRole).toLongLong(), 42);
    }

    void partialLastLineShownWhenNotFollowing()
    {
        LogFile file;
        LogTableModel model(&file);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(file.open(write(QStringLiteral("partial.log"), "a\nb\nlast")));
        QSignalSpy finished(&file, &LogFile::indexingFinished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2, 0).data(LogTableModel::RawTextRole).toString(), QStringLiteral("last"));
    }

    void longLineIsCutWithMarker()
    {
        LogFile file;
        LogTableModel model(&file);
        QVERIFY(file.open(write(QStringLiteral("long.log"), QByteArray(2 << 20, 'x') + "\nshort\n")));
        QSignalSpy finished(&file, &LogFile::indexingFinished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 2);
        const QString shown = model.index(0, 0).data(LogTableModel::RawTextRole).toString();
        QVERIFY(shown.size() < 5000);
        QVERIFY(shown.contains(QStringLiteral("2,097,152")) || shown.contains(QStringLiteral("2097152")));
        QVERIFY(model.index(0, 0).data(LogTableModel::TruncatedRole).toBool());
        QVERIFY(!model.index(1, 0).data(LogTableModel::TruncatedRole).toBool());
    }

    void followingPicksUpAppendsAndTruncation()
    {
        const QString path = write(QStringLiteral("grow.log"), numberedLines(0, 10));
        LogFile file;
        LogTableModel model(&file);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        file.setFollowing(true, 20);
        QVERIFY(file.open(path));
        QTRY_COMPARE(model.rowCount(), 10);
        write(QStringLiteral("grow.log"), numberedLines(10, 5) + "half", QIODevice::Append);
        QTRY_COMPARE(model.rowCount(), 15); // the half line waits for its newline
        write(QStringLiteral("grow.log"), " done\n", QIODevice::Append);
        QTRY_COMPARE(model.rowCount(), 16);
        QCOMPARE(model.index(15, 0).data(LogTableModel::RawTextRole).toString(), QStringLiteral("half done"));
        write(QStringLiteral("grow.log"), numberedLines(100, 3)); // truncate and rewrite: the lines read stay
        QTRY_COMPARE(model.rowCount(), 19);
        QCOMPARE(model.index(15, 0).data(LogTableModel::RawTextRole).toString(), QStringLiteral("half done"));
        QCOMPARE(model.index(16, 0).data(LogTableModel::RawTextRole).toString(), QStringLiteral("line 100"));
        QCOMPARE(file.followEvents().size(), std::size_t(1));
        QCOMPARE(file.followEvents().front().line, qint64(16));
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("forced");
        QTest::addColumn<QString>("expectedEncoding");
        QTest::addColumn<QStringList>("expectedLines");
        const QString text = QStringLiteral("grüße\r\nzweite Zeile €\nlast");
        const QStringList lines{QStringLiteral("grüße"), QStringLiteral("zweite Zeile €"), QStringLiteral("last")};
        QStringEncoder le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        QStringEncoder be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
        QTest::newRow("utf-8") << text.toUtf8() << QString() << QStringLiteral("UTF-8") << lines;
        QTest::newRow("utf-16le") << QByteArray(le.encode(text)) << QString() << QStringLiteral("UTF-16LE") << lines;
        QTest::newRow("utf-16be") << QByteArray(be.encode(text)) << QString() << QStringLiteral("UTF-16BE") << lines;
        QTest::newRow("latin-1 forced") << QByteArray("gr\xfc\xdf" "e\nx") << QStringLiteral("ISO-8859-1")
                                        << QStringLiteral("ISO-8859-1") << QStringList{QStringLiteral("grüße"), QStringLiteral("x")};
        // A big UTF-16 file arrives in several spool steps and index scans.
        QString big;
        QStringList bigLines;
        for (int i = 0; i < 60000; ++i) {
            bigLines << QStringLiteral("Zeile %1 äöü").arg(i);
            big += bigLines.last() + u'\n';
        }
        QTest::newRow("big utf-16le") << QByteArray(le.encode(big)) << QString() << QStringLiteral("UTF-16LE") << bigLines;
    }

    void encodings()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, forced);
        QFETCH(QString, expectedEncoding);
        QFETCH(QStringList, expectedLines);
        const QString path = write(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".log"), content);
        LogFile file;
        LogTableModel model(&file);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&file, &LogFile::indexingFinished);
        QVERIFY(file.open(path, forced.isEmpty() ? std::nullopt : encodingFromName(forced)));
        QCOMPARE(encodingName(file.encoding()), expectedEncoding);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && !file.isIndexing(), 20000);
        QCOMPARE(model.rowCount(), expectedLines.size());
        for (int i : {0, 1, int(expectedLines.size()) - 1})
            QCOMPARE(model.index(i, 0).data(LogTableModel::RawTextRole).toString(), expectedLines[i]);
        QCOMPARE(file.path(), path);
        if (expectedEncoding.startsWith(u"UTF-16")) {
            QVERIFY(file.dataPath() != path);
            QVERIFY(!file.setFollowing(true));
        }
    }

    void reopenWithAnotherEncoding()
    {
        const QString path = write(QStringLiteral("latin.log"), "caf\xe9\n");
        LogFile file;
        LogTableModel model(&file);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(file.open(path));
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(LogTableModel::RawTextRole).toString(), QStringLiteral("caf\ufffd"));
        QVERIFY(file.reopen(TextEncoding::Latin1));
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(LogTableModel::RawTextRole).toString(), QStringLiteral("café"));
    }

    void spoolIsRemovedWithTheFile()
    {
        QStringEncoder le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
        const QString path = write(QStringLiteral("spooled.log"), le.encode(QStringLiteral("a\nb\n")));
        QString spool;
        {
            LogFile file;
            QVERIFY(file.open(path));
            spool = file.dataPath();
            QVERIFY(QFile::exists(spool));
            QTRY_COMPARE(file.lineCount(), 2);
        }
        QVERIFY(!QFile::exists(spool));
    }

    /// Whether this machine's kernel and file system report a write to a
    /// watched file (inotify is missing on some network and FUSE mounts and
    /// can run out of watches); only then can LogFile's use of it be checked.
    bool fileSystemReportsWrites()
    {
        const QString path = write(QStringLiteral("probe.log"), "x\n");
        QFileSystemWatcher watcher;
        if (!watcher.addPath(path))
            return false;
        QSignalSpy changed(&watcher, &QFileSystemWatcher::fileChanged);
        write(QStringLiteral("probe.log"), "y\n", QIODevice::Append);
        return changed.wait(3000);
    }

    void writesAreNoticedWithoutPolling()
    {
        if (!fileSystemReportsWrites())
            QSKIP("this file system does not report writes to watched files; LogFile polls there");
        const QString path = write(QStringLiteral("notify.log"), numberedLines(0, 3));
        LogFile file;
        LogTableModel model(&file);
        QVERIFY(file.open(path));
        QTRY_COMPARE(model.rowCount(), 3);
        QVERIFY(file.setFollowing(true, 3600 * 1000)); // the poll alone would wait an hour
        write(QStringLiteral("notify.log"), numberedLines(3, 2), QIODevice::Append);
        QTRY_COMPARE(model.rowCount(), 5);
    }

    void streamThroughARealPipe()
    {
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        LogFile file;
        LogTableModel model(&file);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(file.openStream(fds[0], QStringLiteral("standard input")));
        ::close(fds[0]);
        QCOMPARE(file.path(), QStringLiteral("standard input"));
        QVERIFY(file.isReadingStream());
        const QByteArray first = numberedLines(0, 3) + "half";
        QCOMPARE(::write(fds[1], first.constData(), size_t(first.size())), first.size());
        QTRY_COMPARE(model.rowCount(), 3); // the half line waits for its newline or the end
        const QByteArray rest = " and end";
        QCOMPARE(::write(fds[1], rest.constData(), size_t(rest.size())), rest.size());
        ::close(fds[1]);
        QTRY_VERIFY(!file.isReadingStream());
        QTRY_COMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(3, 0).data(LogTableModel::RawTextRole).toString(), QStringLiteral("half and end"));
        QVERIFY(!file.reopen(TextEncoding::Latin1));
    }

    void closingWhileStreamIsOpen()
    {
        int fds[2];
        QCOMPARE(::pipe(fds), 0);
        {
            LogFile file;
            QVERIFY(file.openStream(fds[0], QStringLiteral("pipe")));
        } // must return at once although the writer never closes
        ::close(fds[0]);
        ::close(fds[1]);
    }

    void closingWhileIndexingIsSafe()
    {
        const QString path = write(QStringLiteral("big.log"), numberedLines(0, 200000));
        for (int i = 0; i < 20; ++i) {
            auto *file = new LogFile;
            file->setIndexOptions({2, 4096, 4096});
            QVERIFY(file->open(path));
            delete file; // must not crash or hang, whatever the worker is doing
        }
        QTest::qWait(50);
    }
};

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
