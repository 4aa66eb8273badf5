// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsguard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSettings>

namespace SettingsGuard {

namespace {

QString unusedBackupName(const QString &path)
{
    const QString base = path + QStringLiteral(".corrupt-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = base;
    for (int n = 2; QFile::exists(name); ++n)
        name = base + QStringLiteral("-%1").arg(n);
    return name;
}

} // namespace

std::optional<QString> backUpIfCorrupt()
{
    QString path;
    {
        const QSettings settings;
        if (settings.status() != QSettings::FormatError)
            return std::nullopt;
        path = settings.fileName();
    }
    const QString backup = unusedBackupName(path);
    if (!QFile::rename(path, backup))
        return QCoreApplication::translate("SettingsGuard",
                                           "The settings file “%1” is damaged and could not be moved aside. Tideline may overwrite "
                                           "the parts it cannot read: copy the file somewhere safe, then delete it.")
            .arg(path);
    return QCoreApplication::translate("SettingsGuard",
                                       "The settings file “%1” is damaged. It was kept as “%2” and Tideline starts with the "
                                       "default settings. Copy values back from the backup by hand, or delete it.")
        .arg(path, backup);
}

} // namespace SettingsGuard
