// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "querynode.h"

#include "querylevel.h"
#include "querynumber.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

template<typename T>
bool compareBy(QueryNode::Compare op, T left, T right)
{
    switch (op) {
    case QueryNode::Compare::Less: return left < right;
    case QueryNode::Compare::LessEqual: return left <= right;
    case QueryNode::Compare::Equal: return left == right;
    case QueryNode::Compare::GreaterEqual: return left >= right;
    case QueryNode::Compare::Greater: return left > right;
    }
    return false;
}

std::optional<QByteArrayView> fieldOf(const QueryNode &node, const Record &record)
{
    if (node.messageField)
        return record.message;
    return record.field(node.field);
}

bool fieldCompares(const QueryNode &node, const Record &record)
{
    const std::optional<QByteArrayView> value = fieldOf(node, record);
    if (!value)
        return false;
    const std::optional<double> number = queryNumberFromBytes(*value);
    return number && compareBy(node.compare, *number, node.number);
}

QLatin1StringView compareName(QueryNode::Compare op)
{
    switch (op) {
    case QueryNode::Compare::Less: return "<"_L1;
    case QueryNode::Compare::LessEqual: return "<="_L1;
    case QueryNode::Compare::Equal: return "="_L1;
    case QueryNode::Compare::GreaterEqual: return ">="_L1;
    case QueryNode::Compare::Greater: return ">"_L1;
    }
    return "?"_L1;
}

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', "\\\\"_L1).replace(u'"', "\\\""_L1);
    return u'"' + escaped + u'"';
}

QString timeString(TimeNs ns)
{
    const qint64 ms = ns >= 0 ? ns / 1'000'000 : -((-ns + 999'999) / 1'000'000);
    const qint64 rest = ns - ms * 1'000'000;
    QString text = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).toString(Qt::ISODateWithMs);
    if (rest != 0)
        text.insert(text.size() - 1, QString::number(rest).rightJustified(6, u'0'));
    return text;
}

QString childrenString(const QueryNode &node, QLatin1StringView name)
{
    QStringList parts;
    for (const QueryNode &child : node.children)
        parts.append(child.toString());
    return name + u'(' + parts.join(", "_L1) + u')';
}

QString termString(const QueryNode &node)
{
    const QString field = QString::fromUtf8(node.field);
    switch (node.kind) {
    case QueryNode::Kind::Text:
        return "text("_L1 + quoted(node.text.text()) + (node.text.isCaseSensitive() ? " cs)"_L1 : ")"_L1);
    case QueryNode::Kind::Regex:
        return "regex(/"_L1 + node.regex.regex().pattern() + u'/'
               + (node.regex.regex().patternOptions() & QRegularExpression::CaseInsensitiveOption ? "i)"_L1
                                                                                                   : ")"_L1);
    case QueryNode::Kind::FieldEquals:
        return (node.value.hasWildcards() ? "glob("_L1 : "eq("_L1) + field + ", "_L1
               + quoted(node.value.pattern()) + u')';
    case QueryNode::Kind::FieldCompare:
        return "num("_L1 + field + u' ' + compareName(node.compare) + u' ' + QString::number(node.number, 'g', 15)
               + u')';
    case QueryNode::Kind::LevelCompare:
        return "level("_L1 + compareName(node.compare) + u' ' + queryLevelName(node.level) + u')';
    case QueryNode::Kind::Since: return "time(>= "_L1 + timeString(node.time) + u')';
    case QueryNode::Kind::Until: return "time(< "_L1 + timeString(node.time) + u')';
    default: return {};
    }
}

} // namespace

bool QueryNode::matches(const Record &record) const
{
    switch (kind) {
    case Kind::All: return true;
    case Kind::And:
        return std::all_of(children.cbegin(), children.cend(), [&](const QueryNode &c) { return c.matches(record); });
    case Kind::Or:
        return std::any_of(children.cbegin(), children.cend(), [&](const QueryNode &c) { return c.matches(record); });
    case Kind::Not: return !children.front().matches(record);
    case Kind::Text: return text.matches(record.raw);
    case Kind::Regex: return regex.matches(record.raw);
    case Kind::FieldEquals: {
        const std::optional<QByteArrayView> v = fieldOf(*this, record);
        return v && value.matches(*v);
    }
    case Kind::FieldCompare: return fieldCompares(*this, record);
    case Kind::LevelCompare: return compareBy(compare, static_cast<int>(record.level), static_cast<int>(level));
    case Kind::Since: return record.time != kNoTime && record.time >= time;
    case Kind::Until: return record.time != kNoTime && record.time < time;
    }
    return false;
}

bool QueryNode::needsParsedRecord() const
{
    switch (kind) {
    case Kind::All:
    case Kind::Text:
    case Kind::Regex: return false;
    case Kind::And:
    case Kind::Or:
    case Kind::Not:
        return std::any_of(children.cbegin(), children.cend(), [](const QueryNode &c) { return c.needsParsedRecord(); });
    default: return true;
    }
}

bool QueryNode::collectFields(std::vector<QByteArray> &names) const
{
    switch (kind) {
    case Kind::All:
    case Kind::Text:
    case Kind::Regex: return true;
    case Kind::And:
    case Kind::Or:
    case Kind::Not:
        return std::all_of(children.cbegin(), children.cend(), [&](const QueryNode &c) { return c.collectFields(names); });
    case Kind::FieldEquals:
    case Kind::FieldCompare:
        if (messageField)
            return false;
        if (std::find(names.cbegin(), names.cend(), field) == names.cend())
            names.push_back(field);
        return true;
    default: return false;
    }
}

const RegexMatcher *QueryNode::regexThatGaveUp() const
{
    if (kind == Kind::Regex)
        return regex.gaveUp() ? &regex : nullptr;
    for (const QueryNode &child : children)
        if (const RegexMatcher *found = child.regexThatGaveUp())
            return found;
    return nullptr;
}

void QueryNode::findHighlights(QStringView in, QList<std::pair<qsizetype, qsizetype>> &ranges) const
{
    switch (kind) {
    case Kind::And:
    case Kind::Or:
        for (const QueryNode &child : children)
            child.findHighlights(in, ranges);
        break;
    case Kind::Text: text.findIn(in, ranges); break;
    case Kind::Regex: regex.findIn(in, ranges); break;
    default: break; // negated terms and fields have nothing to show
    }
}

QString QueryNode::toString() const
{
    switch (kind) {
    case Kind::All: return u"all"_s;
    case Kind::And: return childrenString(*this, "and"_L1);
    case Kind::Or: return childrenString(*this, "or"_L1);
    case Kind::Not: return childrenString(*this, "not"_L1);
    default: return termString(*this);
    }
}
