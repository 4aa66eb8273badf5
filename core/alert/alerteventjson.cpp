// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alerteventjson.h"

#include "parse/timeparser.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace {

QByteArray jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

QByteArray alertEventJson(const AlertEvent &event, const TimeContext &context, const QString &fileName)
{
    const double value = std::round(event.value * 1000) / 1000;
    QByteArray out = "{\"rule\":" + jsonString(event.ruleName);
    out += ",\"kind\":" + jsonString(alertKindName(event.kind));
    out += ",\"event\":" + jsonString(alertEventTypeName(event.type));
    out += ",\"time\":" + (event.time == kNoTime ? QByteArray("null") : '"' + TimeParser::formatIso(event.time, context) + '"');
    out += ",\"value\":" + QByteArray::number(value, 'g', 15);
    out += ",\"line\":" + (event.line < 0 ? QByteArray("null") : QByteArray::number(event.line));
    out += ",\"file\":" + jsonString(fileName);
    if (event.kind == AlertKind::Pattern)
        out += ",\"text\":" + jsonString(QString::fromUtf8(event.text));
    return out + "}\n";
}
