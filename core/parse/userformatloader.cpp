// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/userformatloader.h"

#include "parse/levelnames.h"
#include "parse/userformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct UserFormatText
{
    Q_DECLARE_TR_FUNCTIONS(UserFormatText)
};

int lineAt(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    return static_cast<int>(QByteArrayView(text).first(offset).count('\n')) + 1;
}

/// The line of the first occurrence of "key": in the file, for messages
/// about a key's value; 1 when not found.
int lineOfKey(const QByteArray &text, const QString &key)
{
    const qsizetype at = text.indexOf(QByteArray('"' + key.toUtf8() + '"'));
    return at < 0 ? 1 : lineAt(text, at);
}

FormatLoadError error(const QString &path, int line, const QString &reason)
{
    return FormatLoadError{path, line, reason};
}

std::expected<QHash<QByteArray, Level>, QString> readLevels(const QJsonValue &value)
{
    QHash<QByteArray, Level> levels;
    if (value.isUndefined())
        return levels;
    if (!value.isObject())
        return std::unexpected(UserFormatText::tr("\"levels\" must be an object mapping a level name to a list of values"));
    const QJsonObject obj = value.toObject();
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const Level level = parseLevel(it.key().toUtf8());
        if (level == Level::Unknown)
            return std::unexpected(UserFormatText::tr("unknown level \"%1\" in \"levels\" (use trace, debug, info, notice, warn, error, critical or fatal)").arg(it.key()));
        const QJsonArray values = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        for (const QJsonValue &v : values) {
            if (!v.isString() && !v.isDouble())
                return std::unexpected(UserFormatText::tr("values for level \"%1\" must be strings or numbers").arg(it.key()));
            const QString s = v.isString() ? v.toString() : QString::number(v.toDouble());
            levels.insert(s.toUtf8().toUpper(), level);
        }
    }
    return levels;
}

std::expected<UserFormat::Definition, FormatLoadError> readDefinition(const QJsonObject &obj, const QByteArray &text,
                                                                       const QString &path)
{
    UserFormat::Definition def;
    def.name = obj.value(u"name").toString();
    if (def.name.isEmpty())
        return std::unexpected(error(path, 1, UserFormatText::tr("missing \"name\" (a non-empty string)")));
    def.description = obj.value(u"description").toString(def.name);
    const QString regex = obj.value(u"regex").toString();
    if (regex.isEmpty())
        return std::unexpected(error(path, lineOfKey(text, QStringLiteral("regex")), UserFormatText::tr("missing \"regex\" (a string)")));
    def.regex = QRegularExpression(regex);
    if (!def.regex.isValid())
        return std::unexpected(error(path, lineOfKey(text, QStringLiteral("regex")),
                                     UserFormatText::tr("bad \"regex\" at column %1: %2")
                                         .arg(def.regex.patternErrorOffset() + 1)
                                         .arg(def.regex.errorString())));
    auto pattern = TimePattern::compile(obj.value(u"timestamp").toString(QStringLiteral("auto")));
    if (!pattern)
        return std::unexpected(error(path, lineOfKey(text, QStringLiteral("timestamp")), pattern.error()));
    def.timestamp = *pattern;
    auto levels = readLevels(obj.value(u"levels"));
    if (!levels)
        return std::unexpected(error(path, lineOfKey(text, QStringLiteral("levels")), levels.error()));
    def.levels = *levels;
    def.sourceGroup = obj.value(u"source").toString();
    if (!def.sourceGroup.isEmpty() && !def.regex.namedCaptureGroups().contains(def.sourceGroup))
        return std::unexpected(error(path, lineOfKey(text, QStringLiteral("source")),
                                     UserFormatText::tr("\"source\" names group \"%1\", which the regex does not have").arg(def.sourceGroup)));
    return def;
}

std::expected<void, FormatLoadError> checkSamples(const UserFormat &format, const QJsonObject &obj,
                                                  const QByteArray &text, const QString &path)
{
    const QJsonArray samples = obj.value(u"samples").toArray();
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const QByteArray line = samples.at(i).toString().toUtf8();
        Record r;
        if (!format.parse(line, r, TimeContext()))
            return std::unexpected(error(path, lineOfKey(text, QStringLiteral("samples")),
                                         UserFormatText::tr("sample %1 does not match the regex: %2").arg(i + 1).arg(QString::fromUtf8(line))));
    }
    return {};
}

} // namespace

QString FormatLoadError::message() const
{
    return line > 0 ? QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(reason) : QStringLiteral("%1: %2").arg(file, reason);
}

namespace UserFormatLoader {

std::expected<LogFormatPtr, FormatLoadError> loadBytes(const QByteArray &text, const QString &path)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::unexpected(error(path, lineAt(text, parseError.offset), UserFormatText::tr("invalid JSON: %1").arg(parseError.errorString())));
    if (!doc.isObject())
        return std::unexpected(error(path, 1, UserFormatText::tr("the file must hold one JSON object")));
    const QJsonObject obj = doc.object();
    auto def = readDefinition(obj, text, path);
    if (!def)
        return std::unexpected(def.error());
    auto format = std::make_shared<UserFormat>(std::move(*def));
    if (auto ok = checkSamples(*format, obj, text, path); !ok)
        return std::unexpected(ok.error());
    return format;
}

std::expected<LogFormatPtr, FormatLoadError> loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(error(path, 0, UserFormatText::tr("cannot read the file: %1").arg(file.errorString())));
    if (file.size() > 1024 * 1024)
        return std::unexpected(error(path, 0, UserFormatText::tr("the file is larger than 1 MiB")));
    return loadBytes(file.readAll(), path);
}

Result loadDirectory(const QString &directory)
{
    Result result;
    const QDir dir(directory);
    if (!dir.exists())
        return result;
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names) {
        auto format = loadFile(dir.filePath(name));
        if (format)
            result.formats.push_back(*format);
        else
            result.errors.push_back(format.error());
    }
    return result;
}

} // namespace UserFormatLoader
