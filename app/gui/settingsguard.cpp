// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsguard.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QSettings>

#include <algorithm>

namespace SettingsGuard {

namespace {

Q_LOGGING_CATEGORY(lcSettingsGuard, "tideline.settings")

QString unusedBackupName(const QString &path)
{
    const QString base = path + QStringLiteral(".corrupt-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = base;
    for (int n = 2; QFile::exists(name); ++n)
        name = base + QStringLiteral("-%1").arg(n);
    return name;
}

bool isIniSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// The first line holding a NUL, another control character Qt would have
/// escaped, or bytes that are not UTF-8; 0 when none does.
qsizetype firstBinaryLine(QByteArrayView data)
{
    qsizetype line = 1;
    for (qsizetype start = 0; start < data.size(); ++line) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        const QByteArrayView text = data.sliced(start, end - start);
        const bool control = std::any_of(text.begin(), text.end(), [](char c) {
            return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\r';
        });
        if (control || !text.isValidUtf8())
            return line;
        start = end + 1;
    }
    return 0;
}

/// Moves @p i to the end of its physical line.
void skipRestOfLine(QByteArrayView data, qsizetype &i)
{
    while (i < data.size() && data[i] != '\n' && data[i] != '\r')
        ++i;
}

/// True for "[section]" (then only blanks) and for "key=value" with a
/// key, given where the first '=' outside quotes is (negative: none).
bool isSectionOrKeyValue(QByteArrayView text, qsizetype equals)
{
    if (!text.startsWith('['))
        return equals > 0;
    const qsizetype close = text.indexOf(']');
    if (close < 0)
        return false;
    const QByteArrayView after = text.sliced(close + 1);
    return std::all_of(after.begin(), after.end(), isIniSpace);
}

/// The first logical line (as Qt's INI reader splits them: a backslash
/// escapes the next byte, a line break included; quotes span lines; ';'
/// starts a comment to the end of the line) that is not a [section] header,
/// a ';' or '#' comment, or key=value; 0 when there is none. A '#' line is
/// split like a key=value one (Qt knows no '#' comments): an odd quote in it
/// would hide the lines after it.
qsizetype firstMalformedLine(QByteArrayView data)
{
    qsizetype line = 1;
    qsizetype i = 0;
    const auto advance = [&] {
        line += data[i] == '\n';
        ++i;
    };
    while (true) {
        while (i < data.size() && isIniSpace(data[i]))
            advance();
        if (i == data.size())
            return 0;
        const qsizetype start = i;
        const qsizetype startLine = line;
        if (data[i] == ';') {
            skipRestOfLine(data, i);
            continue;
        }
        bool inQuotes = false;
        qsizetype equals = -1;
        for (; i < data.size(); advance()) {
            const char c = data[i];
            if (c == '\\' && i + 1 < data.size()) {
                advance(); // the escaped byte; a line break there continues the line
                if (i + 1 < data.size() && (data[i] == '\r' || data[i] == '\n') && (data[i + 1] == '\r' || data[i + 1] == '\n')
                    && data[i] != data[i + 1])
                    advance();
            } else if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && (c == '\n' || c == '\r' || c == ';')) {
                break;
            } else if (!inQuotes && c == '=' && equals < 0) {
                equals = i;
            }
        }
        if (inQuotes)
            return startLine; // an unclosed quote would swallow the rest of the file
        const QByteArrayView text = data.sliced(start, i - start);
        if (!text.startsWith('#') && !isSectionOrKeyValue(text, equals - start))
            return startLine;
        if (i < data.size() && data[i] == ';')
            skipRestOfLine(data, i);
    }
}

/// The first line of the file at @p path that Qt would read as nothing or
/// misread; 0 when all are fine or the file cannot be read (Qt reports that).
qsizetype firstDamagedLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray content = file.readAll();
    QByteArrayView data = content;
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3); // a UTF-8 byte order mark, which Qt skips
    const qsizetype binary = firstBinaryLine(data);
    return binary > 0 ? binary : firstMalformedLine(data);
}

} // namespace

std::optional<QString> backUpIfCorrupt()
{
    QString path;
    {
        const QSettings settings;
        path = settings.fileName();
        if (settings.status() != QSettings::FormatError) {
            const qsizetype line = firstDamagedLine(path);
            if (line == 0)
                return std::nullopt;
            qCWarning(lcSettingsGuard) << path << "line" << line << "is not a section, comment or key=value";
        }
    }
    const QString backup = unusedBackupName(path);
    if (!QFile::rename(path, backup))
        return QCoreApplication::translate("SettingsGuard",
                                           "The settings file “%1” is damaged and could not be moved aside. Tideline may overwrite "
                                           "the parts it cannot read: copy the file somewhere safe, then delete it.")
            .arg(path);
    return QCoreApplication::translate("SettingsGuard",
                                       "The settings file “%1” is damaged. It was kept as “%2” and Tideline starts with the "
                                       "default settings. Copy values back from the backup by hand, or delete it.")
        .arg(path, backup);
}

} // namespace SettingsGuard
