// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileaccess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace {
struct FileAccess
{
    Q_DECLARE_TR_FUNCTIONS(FileAccess)
};
} // namespace

std::expected<void, QString> openLogFile(QFile &file)
{
    const QString path = file.fileName();
    const QFileInfo info(path);
    if (!info.exists())
        return std::unexpected(FileAccess::tr("“%1” does not exist. Check the path, or choose another file.").arg(path));
    if (info.isDir())
        return std::unexpected(FileAccess::tr("“%1” is a folder, not a file. Open a log file inside it.").arg(path));
    if (!info.isFile())
        return std::unexpected(FileAccess::tr("“%1” is not a regular file (a pipe or a device). Pipe it into “tideline -” instead.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(FileAccess::tr("Cannot read “%1”: %2. Check the file's permissions.").arg(path, file.errorString()));
    return {};
}

QString tempCopyDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (dir.isEmpty() || !QDir().mkpath(dir + QStringLiteral("/spool")))
        return QDir::tempPath();
    return dir + QStringLiteral("/spool");
}
