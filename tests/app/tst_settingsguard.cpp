// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsguard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

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
        // Damage Qt reports as QSettings::FormatError (it reads lines without
        // '=' or with NUL bytes as nothing, without an error).
        QTest::newRow("unclosed section") << QByteArray("[General\nfilter\\history=a, b\n");
        QTest::newRow("unclosed section after keys") << QByteArray("[timeline]\nutc=true\n[broken\nheight=120\n");
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
