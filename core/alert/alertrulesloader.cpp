// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertrulesloader.h"

#include "rulefieldreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

AlertRulesError fileError(const QString &fileName, const QString &message)
{
    AlertRulesError error;
    error.file = fileName;
    error.message = message;
    return error;
}

double toSeconds(TimeNs ns)
{
    return static_cast<double>(ns) / static_cast<double>(kNsPerSecond);
}

std::expected<int, QString> readVersion(const QJsonObject &root)
{
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (version.isUndefined())
        return std::unexpected(AlertRulesLoader::tr("“version” is missing: the file must start with {\"version\": 1, \"rules\": [...]}"));
    if (!version.isDouble() || version.toDouble() != static_cast<double>(version.toInt()) || version.toInt() < 1)
        return std::unexpected(AlertRulesLoader::tr("“version” must be a whole number, 1 for this version of Tideline"));
    if (version.toInt() > AlertRulesLoader::kVersion)
        return std::unexpected(AlertRulesLoader::tr("version %1 is newer than this Tideline reads (%2); update Tideline")
                                   .arg(version.toInt())
                                   .arg(AlertRulesLoader::kVersion));
    return version.toInt();
}

} // namespace

std::expected<std::vector<AlertRule>, AlertRulesError> AlertRulesLoader::load(const QString &path, TimeNs now)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(fileError(path, tr("cannot read the rules file: %1").arg(file.errorString())));
    return parse(file.readAll(), path, now);
}

std::expected<std::vector<AlertRule>, AlertRulesError> AlertRulesLoader::parse(const QByteArray &json, const QString &fileName, TimeNs now)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::unexpected(fileError(fileName, tr("not valid JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)));
    if (!document.isObject())
        return std::unexpected(fileError(fileName, tr("the file must hold an object: {\"version\": 1, \"rules\": [...]}")));
    const QJsonObject root = document.object();
    if (const auto version = readVersion(root); !version)
        return std::unexpected(fileError(fileName, version.error()));
    const QJsonValue rulesValue = root.value(QStringLiteral("rules"));
    if (!rulesValue.isArray())
        return std::unexpected(fileError(fileName, tr("“rules” must be an array of rules")));
    const QJsonArray array = rulesValue.toArray();
    std::vector<AlertRule> rules;
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto rule = array.at(i).isObject() ? parseRule(array.at(i).toObject(), now)
                                           : std::unexpected(AlertRulesError{{}, -1, {}, {}, tr("a rule must be an object"), 0});
        if (rule) {
            for (std::size_t j = 0; j < rules.size() && rule; ++j) {
                if (rules[j].name == rule->name)
                    rule = std::unexpected(AlertRulesError{{}, -1, rule->name, QStringLiteral("name"),
                                                           tr("the name is already used by rule %1").arg(j + 1), 0});
            }
        }
        if (!rule) {
            AlertRulesError error = rule.error();
            error.file = fileName;
            error.rule = static_cast<int>(i);
            if (error.ruleName.isEmpty())
                error.ruleName = array.at(i).toObject().value(QStringLiteral("name")).toString();
            return std::unexpected(error);
        }
        rules.push_back(std::move(*rule));
    }
    return rules;
}

std::expected<AlertRule, AlertRulesError> AlertRulesLoader::parseRule(const QJsonObject &object, TimeNs now)
{
    RuleFieldReader reader(object);
    AlertRule rule;
    rule.name = reader.name();
    const std::optional<AlertKind> kind = reader.kind();
    rule.queryText = reader.string(QStringLiteral("query"));
    if (kind)
        rule.params = reader.params(*kind);
    reader.checkUnknown();
    if (reader.error())
        return std::unexpected(AlertRulesError{{}, -1, rule.name, reader.error()->field, reader.error()->message, 0});
    auto query = Query::parse(rule.queryText, now);
    if (!query)
        return std::unexpected(AlertRulesError{{}, -1, rule.name, QStringLiteral("query"), tr("query: %1").arg(query.error().message),
                                               query.error().column});
    rule.query = *query;
    return rule;
}

QJsonObject AlertRulesLoader::toJson(const AlertRule &rule)
{
    QJsonObject o{{QStringLiteral("name"), rule.name},
                  {QStringLiteral("kind"), alertKindName(rule.kind())},
                  {QStringLiteral("query"), rule.queryText}};
    if (const auto *p = std::get_if<RateRule>(&rule.params)) {
        o.insert(QStringLiteral("window"), toSeconds(p->window));
        o.insert(QStringLiteral("threshold"), p->threshold);
        o.insert(QStringLiteral("direction"), alertDirectionName(p->direction));
        o.insert(QStringLiteral("recover"), p->recover);
        o.insert(QStringLiteral("minDuration"), toSeconds(p->minDuration));
    } else if (const auto *pp = std::get_if<PatternRule>(&rule.params)) {
        o.insert(QStringLiteral("count"), pp->count);
        o.insert(QStringLiteral("within"), toSeconds(pp->within));
        o.insert(QStringLiteral("cooldown"), toSeconds(pp->cooldown));
    } else if (const auto *a = std::get_if<AnomalyRule>(&rule.params)) {
        o.insert(QStringLiteral("bucket"), toSeconds(a->bucket));
        o.insert(QStringLiteral("history"), a->history);
        o.insert(QStringLiteral("minHistory"), a->minHistory);
        o.insert(QStringLiteral("k"), a->k);
        o.insert(QStringLiteral("minDeviation"), a->minDeviation);
        o.insert(QStringLiteral("direction"), alertDirectionName(a->direction));
    } else if (const auto *b = std::get_if<AbsenceRule>(&rule.params)) {
        o.insert(QStringLiteral("after"), toSeconds(b->after));
    }
    return o;
}

QByteArray AlertRulesLoader::save(const std::vector<AlertRule> &rules)
{
    QJsonArray array;
    for (const AlertRule &rule : rules)
        array.append(toJson(rule));
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), kVersion}, {QStringLiteral("rules"), array}}).toJson(QJsonDocument::Indented);
}
