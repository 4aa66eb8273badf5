// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencequery.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr TimeNs kSecond = 1'000'000'000;

template<typename T>
const T &pick(QRandomGenerator &rng, const std::vector<T> &from)
{
    return from[static_cast<std::size_t>(rng.bounded(static_cast<int>(from.size())))];
}

bool chance(QRandomGenerator &rng, int percent)
{
    return rng.bounded(100) < percent;
}

bool isAscii(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() > 0x7f)
            return false;
    return true;
}

bool hasUpper(const QString &s)
{
    for (QChar c : s)
        if (c.isUpper())
            return true;
    return false;
}

bool textMatches(const QString &needle, const QByteArray &raw)
{
    if (hasUpper(needle))
        return raw.contains(needle.toUtf8());
    if (isAscii(needle))
        return raw.toLower().contains(needle.toLower().toUtf8()); // QByteArray::toLower folds ASCII only
    return QString::fromUtf8(raw).contains(needle, Qt::CaseInsensitive);
}

/// Field equality through a regular expression on folded text.
bool valueMatches(const QString &pattern, bool glob, const QByteArray &value)
{
    const bool ascii = isAscii(pattern);
    const QString p = ascii ? pattern.toLower() : pattern.toCaseFolded();
    const QString v = ascii ? QString::fromLatin1(value.toLower()) : QString::fromUtf8(value).toCaseFolded();
    if (!glob)
        return p == v;
    QStringList parts = p.split(u'*');
    for (QString &part : parts)
        part = QRegularExpression::escape(part);
    const QRegularExpression re(QRegularExpression::anchoredPattern(parts.join(".*"_L1)),
                                QRegularExpression::DotMatchesEverythingOption);
    return re.match(v).hasMatch();
}

std::optional<QByteArray> fieldValue(const Record &record, const QString &name)
{
    if (name == "msg"_L1 || name == "message"_L1)
        return record.message.toByteArray();
    for (const Field &f : record.fields)
        if (f.name == name.toUtf8())
            return f.value;
    return std::nullopt;
}

bool compare(const QString &op, double a, double b)
{
    if (op == "<"_L1)
        return a < b;
    if (op == "<="_L1)
        return a <= b;
    if (op == ">"_L1)
        return a > b;
    if (op == ">="_L1)
        return a >= b;
    return a == b;
}

QString escapedPhrase(const QString &text)
{
    QString e = text;
    e.replace(u'\\', "\\\\"_L1).replace(u'"', "\\\""_L1);
    return u'"' + e + u'"';
}

int precedence(RefNode::Kind kind)
{
    switch (kind) {
    case RefNode::Kind::Or: return 1;
    case RefNode::Kind::And: return 2;
    case RefNode::Kind::Not: return 3;
    default: return 4;
    }
}

QString renderIn(const RefNode &node, int context, QRandomGenerator &rng)
{
    const QString text = node.render(rng);
    if (precedence(node.kind) < context || chance(rng, 10))
        return u'(' + text + u')';
    return text;
}

} // namespace

bool RefNode::evaluate(const Record &record) const
{
    switch (kind) {
    case Kind::Text: return textMatches(text, record.raw.toByteArray());
    case Kind::Regex:
        return QRegularExpression(text, flagI ? QRegularExpression::CaseInsensitiveOption
                                              : QRegularExpression::NoPatternOption)
            .match(QString::fromUtf8(record.raw))
            .hasMatch();
    case Kind::FieldEquals: {
        const std::optional<QByteArray> v = fieldValue(record, field);
        return v && valueMatches(text, !quoted && text.contains(u'*'), *v);
    }
    case Kind::FieldCompare: {
        const std::optional<QByteArray> v = fieldValue(record, field);
        bool ok = false;
        const double d = v ? v->trimmed().toDouble(&ok) : 0;
        return ok && std::isfinite(d) && compare(op, d, number);
    }
    case Kind::LevelCompare: return compare(op, double(int(record.level)), double(int(level)));
    case Kind::Since: return record.time != kNoTime && record.time >= bound;
    case Kind::Until: return record.time != kNoTime && record.time < bound;
    case Kind::And:
        for (const RefNode &c : children)
            if (!c.evaluate(record))
                return false;
        return true;
    case Kind::Or:
        for (const RefNode &c : children)
            if (c.evaluate(record))
                return true;
        return false;
    case Kind::Not: return !children.front().evaluate(record);
    }
    return false;
}

QString RefNode::render(QRandomGenerator &rng) const
{
    switch (kind) {
    case Kind::Text: return phrase ? escapedPhrase(text) : text;
    case Kind::Regex: return u'/' + text + u'/' + (flagI ? "i"_L1 : ""_L1);
    case Kind::FieldEquals: return field + u':' + (quoted ? escapedPhrase(text) : text);
    case Kind::FieldCompare: return field + u':' + op + QString::number(number);
    case Kind::LevelCompare: return "level:"_L1 + op + levelText;
    case Kind::Since: return "since:"_L1 + timeText;
    case Kind::Until: return "until:"_L1 + timeText;
    case Kind::And: {
        QStringList parts;
        for (const RefNode &c : children)
            parts.append(renderIn(c, 2, rng));
        return parts.join(chance(rng, 50) ? " AND "_L1 : " "_L1);
    }
    case Kind::Or: {
        QStringList parts;
        for (const RefNode &c : children)
            parts.append(renderIn(c, 1, rng));
        return parts.join(" OR "_L1);
    }
    case Kind::Not: {
        const QString child = renderIn(children.front(), 3, rng);
        return (chance(rng, 50) && !child.startsWith(u'-') ? "-"_L1 : "NOT "_L1) + child;
    }
    }
    return {};
}

Record RefRecord::view() const
{
    Record r;
    r.raw = raw;
    r.message = message;
    r.fields = fields;
    r.time = time;
    r.level = level;
    return r;
}

// ---------------------------------------------------------------------------
// Generators

namespace {

const std::vector<QString> &vocabulary()
{
    static const std::vector<QString> words{
        u"timeout"_s, u"Timeout"_s, u"TIMEOUT"_s, u"disk"_s,   u"Disk"_s,   u"full"_s,   u"error"_s,
        u"ERROR"_s,   u"größe"_s,   u"GRÖSSE"_s,  u"éclair"_s, u"ÉCLAIR"_s, u"or"_s,     u"and"_s,
        u"retry"_s,   u"conn"_s,    u"failed"_s,  u"ok"_s,     u"kelvin"_s, u"\u212Aelvin"_s, u"Jürgen"_s};
    return words;
}

QString sentence(QRandomGenerator &rng)
{
    QStringList words;
    const int n = 1 + rng.bounded(5);
    for (int i = 0; i < n; ++i)
        words.append(pick(rng, vocabulary()));
    return words.join(u' ');
}

const std::vector<QString> kPaths{u"/api/users/42"_s, u"/login"_s, u"/API/v2/items"_s, u"/static/app.js"_s};
const std::vector<QString> kStatuses{u"200"_s, u"301"_s, u"404"_s, u"500"_s, u"503"_s};
const std::vector<QString> kDurations{u"312.5"_s, u"12ms"_s, u"-3"_s, u" 404 "_s, u"1e3"_s, u""_s, u"250"_s};
const std::vector<QString> kUsers{u"Jürgen"_s, u"jurgen"_s, u"ÉCLAIR"_s, u"admin"_s, u"Admin"_s};

RefRecord accessRecord(QRandomGenerator &rng)
{
    RefRecord r;
    const QString method = pick(rng, std::vector<QString>{u"GET"_s, u"POST"_s, u"delete"_s});
    const QString path = pick(rng, kPaths);
    const QString status = pick(rng, kStatuses);
    const QString bytes = QString::number(rng.bounded(5000));
    const QString request = method + u' ' + path + " HTTP/1.1"_L1;
    r.raw = u"10.0.0.%1 - - [15/Jan/2024] \"%2\" %3 %4 %5"_s.arg(rng.bounded(255))
                .arg(request, status, bytes, sentence(rng))
                .toUtf8();
    r.message = request.toUtf8();
    r.fields = {{"method", method.toUtf8()}, {"path", path.toUtf8()}, {"status", status.toUtf8()},
                {"bytes", bytes.toUtf8()}};
    r.level = status.startsWith(u'5') ? Level::Error : status.startsWith(u'4') ? Level::Warn : Level::Info;
    return r;
}

RefRecord jsonRecord(QRandomGenerator &rng)
{
    RefRecord r;
    r.level = static_cast<Level>(rng.bounded(kLevelCount));
    const QString msg = sentence(rng);
    const QString duration = pick(rng, kDurations);
    const QString user = pick(rng, kUsers);
    const QString id = "req-"_L1 + QString::number(rng.bounded(50), 16).rightJustified(2, u'0');
    r.raw = uR"({"level":"%1","msg":"%2","request_id":"%3","duration_ms":"%4","user":"%5"})"_s
                .arg(QString::number(int(r.level)), msg, id, duration, user)
                .toUtf8();
    r.message = msg.toUtf8();
    r.fields = {{"level", QByteArray::number(int(r.level))}, {"msg", msg.toUtf8()}, {"request_id", id.toUtf8()},
                {"duration_ms", duration.toUtf8()}, {"user", user.toUtf8()}};
    return r;
}

RefRecord textRecord(QRandomGenerator &rng)
{
    RefRecord r;
    r.raw = sentence(rng).toUtf8();
    r.message = r.raw;
    return r;
}

std::vector<QString> fieldValues(const QString &field)
{
    if (field == "path"_L1)
        return kPaths;
    if (field == "status"_L1)
        return kStatuses;
    if (field == "duration_ms"_L1)
        return kDurations;
    if (field == "user"_L1)
        return kUsers;
    if (field == "method"_L1)
        return {u"GET"_s, u"get"_s, u"POST"_s, u"Delete"_s};
    return vocabulary();
}

QString globOf(QRandomGenerator &rng, const QString &value)
{
    if (value.size() < 2)
        return value + u'*';
    const qsizetype cut = 1 + rng.bounded(int(value.size() - 1));
    switch (rng.bounded(4)) {
    case 0: return value.left(cut) + u'*';
    case 1: return u'*' + value.mid(cut);
    case 2: return u'*' + value.mid(cut / 2, std::max<qsizetype>(1, cut / 2)) + u'*';
    default: return value.left(cut) + u'*' + value.mid(cut);
    }
}

RefNode fieldEqualsTerm(QRandomGenerator &rng)
{
    RefNode n;
    n.kind = RefNode::Kind::FieldEquals;
    n.field = pick(rng, std::vector<QString>{u"path"_s, u"status"_s, u"method"_s, u"user"_s, u"duration_ms"_s,
                                             u"msg"_s, u"message"_s, u"nope"_s});
    QString value = pick(rng, fieldValues(n.field));
    if (n.field.startsWith(u'm') && n.field != "method"_L1)
        value = sentence(rng).section(u' ', 0, 0);
    if (chance(rng, 20))
        value = chance(rng, 50) ? value.toUpper() : value.toLower();
    if (chance(rng, 50))
        value = globOf(rng, value);
    const QString trimmed = value.trimmed();
    n.quoted = chance(rng, 15) || trimmed != value || value.isEmpty() || value.contains(u' ')
               || value.startsWith(u'>') || value.startsWith(u'<') || value.startsWith(u'=');
    n.text = value;
    return n;
}

RefNode compareTerm(QRandomGenerator &rng)
{
    RefNode n;
    n.kind = RefNode::Kind::FieldCompare;
    n.field = pick(rng, std::vector<QString>{u"status"_s, u"bytes"_s, u"duration_ms"_s, u"user"_s, u"nope"_s});
    n.op = pick(rng, std::vector<QString>{u"<"_s, u"<="_s, u"="_s, u">="_s, u">"_s});
    n.number = pick(rng, std::vector<double>{0, 200, 300.5, 404, 500, -3, 1000, 2500});
    return n;
}

RefNode levelTerm(QRandomGenerator &rng)
{
    static const std::vector<std::pair<QString, Level>> names{
        {u"trace"_s, Level::Trace}, {u"debug"_s, Level::Debug},    {u"info"_s, Level::Info},
        {u"notice"_s, Level::Notice}, {u"WARNING"_s, Level::Warn}, {u"warn"_s, Level::Warn},
        {u"err"_s, Level::Error},     {u"error"_s, Level::Error},  {u"crit"_s, Level::Critical},
        {u"fatal"_s, Level::Fatal},   {u"unknown"_s, Level::Unknown}};
    RefNode n;
    n.kind = RefNode::Kind::LevelCompare;
    n.op = pick(rng, std::vector<QString>{u""_s, u"<"_s, u"<="_s, u"="_s, u">="_s, u">"_s});
    const auto &[text, level] = pick(rng, names);
    n.levelText = text;
    n.level = level;
    return n;
}

RefNode timeTerm(QRandomGenerator &rng, TimeNs now)
{
    RefNode n;
    n.kind = chance(rng, 50) ? RefNode::Kind::Since : RefNode::Kind::Until;
    const bool until = n.kind == RefNode::Kind::Until;
    if (chance(rng, 50)) {
        const int minutes = rng.bounded(200);
        n.timeText = u"-%1m"_s.arg(minutes);
        n.bound = now - minutes * 60 * kSecond + (until ? 1 : 0);
    } else {
        const qint64 minute = (now / kSecond / 60) - rng.bounded(200); // minutes since the epoch
        n.timeText = QDateTime::fromSecsSinceEpoch(minute * 60, QTimeZone::UTC).toString(u"yyyy-MM-ddTHH:mm"_s)
                     + u'Z';
        n.bound = (minute + (until ? 1 : 0)) * 60 * kSecond;
    }
    return n;
}

RefNode textTerm(QRandomGenerator &rng)
{
    RefNode n;
    n.kind = RefNode::Kind::Text;
    if (chance(rng, 30)) {
        n.phrase = true;
        n.text = chance(rng, 10) ? uR"("level":"3)"_s
                                 : pick(rng, vocabulary()) + u' ' + pick(rng, vocabulary());
        return n;
    }
    n.text = pick(rng, vocabulary());
    if (chance(rng, 30) && n.text.size() > 2)
        n.text = n.text.mid(1, n.text.size() - 2);
    return n;
}

RefNode regexTerm(QRandomGenerator &rng)
{
    RefNode n;
    n.kind = RefNode::Kind::Regex;
    n.text = pick(rng, std::vector<QString>{u"time(d)?out"_s, uR"(^\{)"_s, uR"(\d{3} \d)"_s, u"GR.SSE"_s,
                                            u"err(or)?"_s, uR"(\/api\/)"_s, u"é|k"_s, u"^[a-z]+$"_s});
    n.flagI = chance(rng, 50);
    return n;
}

} // namespace

RefRecord randomRecord(QRandomGenerator &rng, TimeNs now)
{
    RefRecord r;
    switch (rng.bounded(3)) {
    case 0: r = accessRecord(rng); break;
    case 1: r = jsonRecord(rng); break;
    default: r = textRecord(rng); break;
    }
    if (chance(rng, 85))
        r.time = now - rng.bounded(4 * 3600) * kSecond - rng.bounded(1000) * 1'000'000;
    return r;
}

RefNode randomQuery(QRandomGenerator &rng, TimeNs now, int depth)
{
    const int choice = rng.bounded(depth > 0 ? 13 : 10);
    switch (choice) {
    case 0:
    case 1:
    case 2: return textTerm(rng);
    case 3: return regexTerm(rng);
    case 4:
    case 5: return fieldEqualsTerm(rng);
    case 6: return compareTerm(rng);
    case 7: return levelTerm(rng);
    case 8: return timeTerm(rng, now);
    case 9: return textTerm(rng);
    default: break;
    }
    RefNode n;
    n.kind = choice == 10 ? RefNode::Kind::And : choice == 11 ? RefNode::Kind::Or : RefNode::Kind::Not;
    const int count = n.kind == RefNode::Kind::Not ? 1 : 2 + rng.bounded(2);
    for (int i = 0; i < count; ++i)
        n.children.push_back(randomQuery(rng, now, depth - 1));
    return n;
}
