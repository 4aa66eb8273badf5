// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "index/followmirror.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

/// FollowMirror on real files: the mirror holds the source's bytes exactly,
/// whether the kernel copies them (mirror on the same file system) or they
/// are read and written (another file system, where copy_file_range fails).
class TestFollowMirror : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_sourceDir;

    static void put(const QString &path, const QByteArray &content, QIODevice::OpenMode mode)
    {
        QFile file(path);
        if (!file.open(mode) || file.write(content) != content.size())
            qFatal("cannot write fixture");
    }

    static QByteArray contentOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QByteArray lines(char letter, int count)
    {
        QByteArray out;
        for (int i = 0; i < count; ++i)
            out += QByteArray(1, letter) + " line " + QByteArray::number(i) + '\n';
        return out;
    }

private Q_SLOTS:
    void mirrorsEveryByte_data()
    {
        QTest::addColumn<QString>("mirrorDir");
        QTest::newRow("same file system") << QString();
        QTest::newRow("another file system") << QStringLiteral("/dev/shm");
    }

    void mirrorsEveryByte()
    {
        QFETCH(QString, mirrorDir);
        QTemporaryDir otherDir(mirrorDir.isEmpty() ? m_sourceDir.path() + QStringLiteral("/m-XXXXXX")
                                                   : mirrorDir + QStringLiteral("/tst_followmirror-XXXXXX"));
        struct stat sourceFs = {};
        struct stat mirrorFs = {};
        QVERIFY(otherDir.isValid());
        QVERIFY(::stat(QFile::encodeName(m_sourceDir.path()).constData(), &sourceFs) == 0);
        QVERIFY(::stat(QFile::encodeName(otherDir.path()).constData(), &mirrorFs) == 0);
        if (!mirrorDir.isEmpty() && sourceFs.st_dev == mirrorFs.st_dev)
            QSKIP("/dev/shm is on the same file system as the temporary folder");
        const QString source = m_sourceDir.filePath(QStringLiteral("source-%1.log").arg(QString::fromLatin1(QTest::currentDataTag())));
        const QString mirror = otherDir.filePath(QStringLiteral("mirror.log"));
        // More than one copy step (1 MiB), ending mid-line.
        const QByteArray first = lines('a', 150000) + "half";
        put(source, first, QIODevice::WriteOnly);
        const int mirrorFd = ::open(QFile::encodeName(mirror).constData(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        QVERIFY(mirrorFd >= 0);
        FollowMirror follow(::open(QFile::encodeName(source).constData(), O_RDONLY | O_CLOEXEC), source, mirrorFd);
        std::vector<MirrorEvent> events;
        const auto collect = [&events](const MirrorEvent &event) { events.push_back(event); };

        QCOMPARE(follow.pump(collect).value_or(-1), qint64(first.size()));
        QCOMPARE(contentOf(mirror), first);

        put(source, " done\n", QIODevice::Append);
        QCOMPARE(follow.pump(collect).value_or(-1), qint64(first.size() + 6));
        QVERIFY(events.empty());

        // Rewritten in place, longer than before: only its first bytes tell.
        const QByteArray second = lines('b', 160000) + "open";
        put(source, second, QIODevice::WriteOnly | QIODevice::Truncate);
        QVERIFY(follow.pump(collect));
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(int(events[0].kind), int(FollowEventKind::Truncated));
        QCOMPARE(events[0].offset, qint64(first.size() + 6));

        // Cut while its last line is open: a '\n' ends that line first.
        put(source, "c\n", QIODevice::WriteOnly | QIODevice::Truncate);
        QVERIFY(follow.pump(collect));
        QCOMPARE(events.size(), std::size_t(2));
        const QByteArray expected = first + " done\n" + second + "\nc\n";
        QCOMPARE(events[1].offset, qint64(expected.size() - 2));
        QCOMPARE(contentOf(mirror), expected);
        QCOMPARE(follow.size(), qint64(expected.size()));
    }
};

QTEST_GUILESS_MAIN(TestFollowMirror)
#include "tst_followmirror.moc"
