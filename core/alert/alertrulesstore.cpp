// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrulesstore.h"

#include "alertrulesloader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

QString AlertRulesStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/alert-rules.json");
}

std::expected<std::vector<AlertRule>, AlertRulesStore::Problem> AlertRulesStore::load(const QString &path, TimeNs now)
{
    if (!QFileInfo::exists(path))
        return std::vector<AlertRule>{};
    auto rules = AlertRulesLoader::load(path, now);
    if (rules)
        return std::move(*rules);
    Problem problem;
    QString backup = path + QStringLiteral(".corrupt-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = path + QStringLiteral(".corrupt-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral("-%1").arg(n);
    const QString reason = rules.error().toString();
    if (QFile::rename(path, backup)) {
        problem.backupPath = backup;
        problem.message = tr("The alert rules could not be loaded:\n%1\n\nThe file was kept as “%2”. Tideline starts without these rules; "
                             "fix the backup and copy it back to “%3”, or add the rules again in Alerts ▸ Edit Rules.")
                              .arg(reason, backup, path);
    } else {
        problem.message = tr("The alert rules could not be loaded:\n%1\n\nThe file stays where it is; Tideline starts without these rules "
                             "and does not overwrite it until you save rules in Alerts ▸ Edit Rules.")
                              .arg(reason);
    }
    return std::unexpected(problem);
}

std::expected<void, QString> AlertRulesStore::save(const QString &path, const std::vector<AlertRule> &rules)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(AlertRulesLoader::save(rules)) < 0 || !file.commit())
        return std::unexpected(tr("Cannot save the alert rules to “%1”: %2").arg(path, file.errorString()));
    return {};
}
