// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/jsonformat.h"

#include "parse/fieldnames.h"
#include "parse/jsonheadshape.h"
#include "parse/jsonscanner.h"

#include <QCoreApplication>

namespace {

/// The first time and level keys found win (the fast path stops walking
/// once it has both, and the full parse must agree with it). Where in the
/// walked text the taken values began is kept for JsonHeadShape.
struct Picks
{
    TimeNs time = kNoTime;
    Level level = Level::Unknown;
    const char *timeValue = nullptr;
    const char *levelValue = nullptr;
    /// Completed by a top-level member's value, where the walk stops: what
    /// the line holds after it does not matter (JsonHeadShape may learn the
    /// line). Not so when a nested object completed them: the walk stops
    /// only at the next member after it.
    bool completeAtTop = false;

    bool complete() const { return time != kNoTime && level != Level::Unknown; }
    void offerTime(int rank, QByteArrayView value, const TimeContext &ctx)
    {
        TimeNs t = kNoTime;
        if (rank >= 0 && time == kNoTime && JsonHeadShape::timeOfValue(value, ctx, t)) {
            time = t;
            timeValue = value.data();
        }
    }
    void offerLevel(int rank, QByteArrayView value)
    {
        if (rank < 0 || level != Level::Unknown)
            return;
        const Level l = JsonHeadShape::levelOfValue(value);
        if (l != Level::Unknown) {
            level = l;
            levelValue = value.data();
        }
    }
};

/// Fast path: one nested level is looked into only for the keys that can
/// hold a time or a level there ("log": {"level"}, "t": {"$date"}).
void scanTopLevel(QByteArrayView line, Picks &picks, const TimeContext &ctx, bool &ok)
{
    JsonScanner scan(line);
    QByteArrayView key, value;
    JsonScanner::Type type;
    while (scan.next(key, value, type)) {
        if (type == JsonScanner::Type::Object) {
            if (key == "log" || key == "t") {
                JsonScanner inner(value);
                QByteArrayView k2, v2;
                JsonScanner::Type t2;
                while (inner.next(k2, v2, t2)) {
                    if (key == "log" && k2 == "level")
                        picks.offerLevel(FieldNames::levelRank("log.level"), v2);
                    else if (key == "t" && k2 == "$date")
                        picks.offerTime(FieldNames::timeRank("t.$date"), v2, ctx);
                }
            }
            continue;
        }
        const bool completedInside = picks.complete(); // by the nested object just walked
        picks.offerTime(FieldNames::timeRank(key), value, ctx);
        picks.offerLevel(FieldNames::levelRank(key), value);
        if (picks.complete()) {
            picks.completeAtTop = !completedInside;
            ok = true;
            return;
        }
    }
    ok = scan.finished();
}

void flatten(QByteArrayView object, const QByteArray &prefix, int depth, std::vector<Field> &fields, bool &ok)
{
    JsonScanner scan(object);
    QByteArrayView key, value;
    JsonScanner::Type type;
    while (scan.next(key, value, type)) {
        QByteArray name = prefix.isEmpty() ? JsonScanner::unescape(key) : prefix + '.' + JsonScanner::unescape(key);
        if (type == JsonScanner::Type::Object && depth < JsonFormat::kMaxDepth) {
            flatten(value, name, depth + 1, fields, ok);
            continue;
        }
        QByteArray text = type == JsonScanner::Type::String ? JsonScanner::unescape(JsonScanner::stringContent(value))
                                                            : value.toByteArray();
        fields.push_back(Field{std::move(name), std::move(text)});
    }
    if (!scan.finished())
        ok = false;
}

QByteArrayView trimmed(QByteArrayView line)
{
    while (!line.isEmpty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
        line.chop(1);
    while (!line.isEmpty() && (line.front() == ' ' || line.front() == '\t'))
        line = line.sliced(1);
    return line;
}

} // namespace

QString JsonFormat::name() const
{
    return QStringLiteral("json");
}

QString JsonFormat::description() const
{
    return QCoreApplication::translate("JsonFormat", "JSON lines (one object per line)");
}

bool JsonFormat::startsRecord(QByteArrayView line) const
{
    // Only the first byte after the blanks counts (a blank line is a
    // continuation below): no need to trim the end of every line.
    qsizetype i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
        ++i;
    const char first = i < line.size() ? line[i] : '\0';
    if (first == '{')
        return true;
    // A pretty-printed object goes on with indented lines and a closing
    // bracket; any other line (another format mixed in) is a record of its own.
    if (first == '}' || first == ']')
        return false;
    return !looksLikeContinuation(line);
}

bool JsonFormat::extractTimeLevel(QByteArrayView line, TimeNs &time, Level &level, const TimeContext &ctx) const
{
    line = trimmed(line);
    if (line.isEmpty() || line.front() != '{')
        return false;
    if (JsonHeadShape::read(line, time, level, ctx))
        return true;
    Picks picks;
    bool ok = true;
    scanTopLevel(line, picks, ctx, ok);
    time = picks.time;
    level = picks.level;
    if (picks.completeAtTop)
        JsonHeadShape::learn(line, picks.timeValue - line.data(), picks.levelValue - line.data());
    return ok;
}

bool JsonFormat::parse(QByteArrayView line, Record &out, const TimeContext &ctx) const
{
    setPlain(line, out);
    const QByteArrayView body = trimmed(line);
    if (body.isEmpty() || body.front() != '{')
        return false;
    bool ok = true;
    flatten(body, QByteArray(), 0, out.fields, ok);
    if (!ok) {
        out.fields.clear();
        return false;
    }
    Picks picks;
    int messageRank = 1000;
    int sourceRank = 1000;
    const Field *message = nullptr;
    const Field *source = nullptr;
    for (const Field &f : out.fields) {
        picks.offerTime(FieldNames::timeRank(f.name), f.value, ctx);
        picks.offerLevel(FieldNames::levelRank(f.name), f.value);
        const int m = FieldNames::messageRank(f.name);
        if (m >= 0 && m < messageRank) {
            messageRank = m;
            message = &f;
        }
        const int s = FieldNames::sourceRank(f.name);
        if (s >= 0 && s < sourceRank) {
            sourceRank = s;
            source = &f;
        }
    }
    out.time = picks.time;
    out.level = picks.level;
    if (source && source->name != "source") {
        QByteArray value = source->value;
        out.fields.push_back(Field{QByteArrayLiteral("source"), std::move(value)});
    }
    // The message view points into a field's value: stable while the record's
    // fields are not modified (QByteArray data survives vector moves).
    if (message) {
        for (const Field &f : out.fields)
            if (FieldNames::messageRank(f.name) == messageRank) {
                out.message = QByteArrayView(f.value);
                break;
            }
    }
    return true;
}
