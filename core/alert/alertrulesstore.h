// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertrule.h"

#include <QCoreApplication>
#include <QString>

#include <expected>
#include <vector>

/// The user's alert rules in the config directory, as a versioned rules
/// file (AlertRulesLoader's format).
///
/// A file that cannot be read as rules is never dropped silently: load()
/// renames it to "<file>.corrupt-<yyyyMMdd-HHmmss>" and reports the file,
/// the reason and the backup; the caller starts with no rules. Stateless;
/// synchronous (the file is small).
class AlertRulesStore
{
    Q_DECLARE_TR_FUNCTIONS(AlertRulesStore)

public:
    /// Why the stored rules could not be loaded.
    struct Problem
    {
        QString message;    ///< for the user: file, reason, backup, what to do
        QString backupPath; ///< where the file was kept; empty when it could not be moved
    };

    /// QStandardPaths::AppConfigLocation + "/alert-rules.json".
    static QString defaultPath();
    /// The rules in @p path; none when the file does not exist.
    static std::expected<std::vector<AlertRule>, Problem> load(const QString &path, TimeNs now);
    /// Writes @p rules atomically, creating the directory; the error is for the user.
    static std::expected<void, QString> save(const QString &path, const std::vector<AlertRule> &rules);
};
