// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "alertrule.h"
#include "alertruleserror.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <expected>
#include <vector>

/// Reads and writes rules files: versioned JSON,
///
///     {"version": 1, "rules": [{"name": "api-errors", "kind": "rate",
///                               "query": "status:>=500", "threshold": 5}]}
///
/// Times are seconds (numbers, fractions allowed). Every field but name,
/// kind and (for rate) threshold has a default; an unknown field is an
/// error (a misspelt "treshold" must not silently take the default). The
/// schema is in ALERTS.md. Stateless and thread-safe.
class AlertRulesLoader
{
    Q_DECLARE_TR_FUNCTIONS(AlertRulesLoader)

public:
    /// The version this build reads and writes.
    static constexpr int kVersion = 1;

    /// Reads the rules file at @p path. Relative times in queries
    /// (since:-15m) resolve against @p now. The first error wins; nothing
    /// is half-loaded.
    static std::expected<std::vector<AlertRule>, AlertRulesError> load(const QString &path, TimeNs now);
    /// The same for file contents; @p fileName names the file in errors.
    static std::expected<std::vector<AlertRule>, AlertRulesError> parse(const QByteArray &json, const QString &fileName, TimeNs now);
    /// One rule (for an editor's validation). The error has no file and
    /// rule -1; its field says which input to mark.
    static std::expected<AlertRule, AlertRulesError> parseRule(const QJsonObject &object, TimeNs now);

    /// The rules as a version 1 file, every field written out.
    static QByteArray save(const std::vector<AlertRule> &rules);
    static QJsonObject toJson(const AlertRule &rule);
};
