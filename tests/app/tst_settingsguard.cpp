// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsguard.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

/// A damaged settings file is reported and kept aside, never overwritten.
class TestSettingsGuard : public QObject
{
    Q_OBJECT

private:
    static QString settingsPath() { return QSettings().fileName(); }

    static void writeSettingsFile(const QByteArray &content)
    {
        QDir().mkpath(QFileInfo(settingsPath()).path());
        QFile file(settingsPath());
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
            qFatal("cannot write the settings file");
    }

    static QStringList backups()
    {
        const QFileInfo info(settingsPath());
        return QDir(info.path()).entryList({info.fileName() + QStringLiteral(".corrupt-*")}, QDir::Files);
    }

    static void removeBackups()
    {
        const QFileInfo info(settingsPath());
        for (const QString &name : backups())
            QFile::remove(QDir(info.path()).filePath(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TidelineTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settingsguard"));
        QStandardPaths::setTestModeEnabled(true);
    }

    void init()
    {
        QFile::remove(settingsPath());
        removeBackups();
    }

    void damagedFileIsKeptAndReported_data()
    {
        QTest::addColumn<QByteArray>("content");
        // Damage Qt reports as QSettings::FormatError.
        QTest::newRow("unclosed section") << QByteArray("[General\nfilter\\history=a, b\n");
        QTest::newRow("unclosed section after keys") << QByteArray("[timeline]\nutc=true\n[broken\nheight=120\n");
        // Damage Qt reads past without an error, dropping what it cannot read.
        QTest::newRow("binary garbage line") << QByteArray("[timeline]\nutc=true\n\x89PNG\x1a\x0b\xff\xfe\x01=\x02\nheight=120\n");
        QTest::newRow("control bytes in a value") << QByteArray("[timeline]\nutc=true\x1b[0m\nheight=120\n");
        QTest::newRow("line without '='") << QByteArray("[timeline]\nutc=true\nwindow state restored\nheight=120\n");
        QTest::newRow("NUL bytes") << QByteArray("[timeline]\nutc=true\nheight=12\0\0\0\n", 33);
        QTest::newRow("invalid UTF-8") << QByteArray("[timeline]\nutc=true\nlabel=caf\xe9 \xc3\nheight=120\n");
        QTest::newRow("no key before '='") << QByteArray("[timeline]\n=true\nheight=120\n");
        QTest::newRow("text after a section") << QByteArray("[timeline] utc\nheight=120\n");
        QTest::newRow("unclosed quote") << QByteArray("[filter]\nhistory=\"a, b\n[timeline]\nheight=120\n");
    }

    void damagedFileIsKeptAndReported()
    {
        QFETCH(QByteArray, content);
        writeSettingsFile(content);
        // (No QSettings before the guard: Qt caches the file and reports the
        // error to the first reader only, as at start-up.)
        const std::optional<QString> problem = SettingsGuard::backUpIfCorrupt();
        QVERIFY(problem);
        QVERIFY2(problem->contains(settingsPath()), qPrintable(*problem));
        const QStringList kept = backups();
        QCOMPARE(kept.size(), 1);
        QVERIFY2(problem->contains(kept.first()), qPrintable(*problem));
        QFile backup(QFileInfo(settingsPath()).dir().filePath(kept.first()));
        QVERIFY(backup.open(QIODevice::ReadOnly));
        QCOMPARE(backup.readAll(), content); // nothing lost

        // Tideline then starts from the defaults and may save new settings.
        QVERIFY(!QFile::exists(settingsPath()));
        QSettings().setValue(QStringLiteral("timeline/utc"), true);
        QSettings settings;
        QCOMPARE(settings.status(), QSettings::NoError);
        QCOMPARE(settings.value(QStringLiteral("timeline/utc")).toBool(), true);
        QVERIFY(!settings.contains(QStringLiteral("timeline/height"))); // nothing of the damaged file
    }

    void validFileIsLeftAlone_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("comments and blank lines")
            << QByteArray("; written by hand\n\n# another comment\n[timeline]\n  utc = true ; trailing comment\n\n");
        QTest::newRow("escapes and quotes")
            << QByteArray("[filter]\nhistory=\"level:error; host:a\", \"x = y\", plain\npattern=a\\\\b\\n\\t\\x41\\\"\n"
                          "note=\"spans\nlines\"\nlong=first \\\nsecond\n");
        QTest::newRow("UTF-8, a BOM and CRLF") << QByteArray("\xEF\xBB\xBF[General]\r\nname=Gr\xC3\xBC\xC3\x9F \xE2\x9C\x93\r\n");
        QTest::newRow("byte arrays and section escapes")
            << QByteArray("[mainwindow]\ngeometry=@ByteArray(\\x1\\xd9\\xd0\\xcb\\0\\x3\\0\\0)\n[%U00FCber]\nkey%20a=1\n");
    }

    void validFileIsLeftAlone()
    {
        QFETCH(QByteArray, content);
        writeSettingsFile(content);
        QVERIFY(!SettingsGuard::backUpIfCorrupt());
        QVERIFY(backups().isEmpty());
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    /// What Tideline itself writes is never taken for damage.
    void fileWrittenByQtIsLeftAlone()
    {
        QByteArray allBytes;
        for (int byte = 0; byte < 256; ++byte)
            allBytes += char(byte);
        const QVariantMap values{
            {QStringLiteral("mainwindow/geometry"), allBytes},
            {QStringLiteral("mainwindow/state"), QByteArray("\0\x1\n\r=;\"\\", 8)},
            {QStringLiteral("filter/history"), QStringList{QStringLiteral("a, b"), QStringLiteral("level:error; x=\"y\""), QString()}},
            {QStringLiteral("filter/multiline"), QStringLiteral("first\nsecond\r\n\tthird \\ end ")},
            {QStringLiteral("labels/Gr\u00fc\u00dfe und = Zeichen"), QStringLiteral("\u2713 \U0001F600 caf\u00e9")},
            {QStringLiteral("timeline/since"), QDateTime(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::UTC)},
            {QStringLiteral("timeline/empty"), QStringList()},
            {QStringLiteral("timeline/height"), 120},
            {QStringLiteral("highlight/rules"), QVariantList{QVariantMap{{QStringLiteral("pattern"), QStringLiteral("a;b=\"c\"\u00e9")},
                                                                          {QStringLiteral("colour"), QStringLiteral("#ff112233")},
                                                                          {QStringLiteral("regex"), true}}}},
            {QStringLiteral("recentFiles"), QStringList{QStringLiteral("/var/log/a, b.log"), QStringLiteral("/tmp/\u00fc ;x.log")}},
        };
        {
            QSettings settings;
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                settings.setValue(it.key(), it.value());
            settings.sync();
            QCOMPARE(settings.status(), QSettings::NoError);
        }
        QVERIFY(!SettingsGuard::backUpIfCorrupt());
        QVERIFY(backups().isEmpty());
        QSettings settings;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            QCOMPARE(settings.value(it.key()), it.value());
    }

    void goodOrMissingFileIsLeftAlone()
    {
        QVERIFY(!SettingsGuard::backUpIfCorrupt());
        QSettings().setValue(QStringLiteral("timeline/height"), 120);
        QVERIFY(QFile::exists(settingsPath()));
        QVERIFY(!SettingsGuard::backUpIfCorrupt());
        QCOMPARE(QSettings().value(QStringLiteral("timeline/height")).toInt(), 120);
        QVERIFY(backups().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSettingsGuard)
#include "tst_settingsguard.moc"
