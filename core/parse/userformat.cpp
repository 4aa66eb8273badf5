// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/userformat.h"

#include "parse/levelnames.h"

UserFormat::UserFormat(Definition definition)
    : m_def(std::move(definition))
    , m_groups(m_def.regex.namedCaptureGroups())
{
}

QRegularExpressionMatch UserFormat::match(QByteArrayView line) const
{
    // match(), not matchView(): the match must own the temporary subject,
    // or captured() reads freed memory.
    return m_def.regex.match(QString::fromUtf8(chomp(line)));
}

Level UserFormat::mapLevel(QByteArrayView text) const
{
    const auto it = m_def.levels.constFind(text.toByteArray().toUpper());
    if (it != m_def.levels.constEnd())
        return *it;
    return parseLevel(text);
}

bool UserFormat::startsRecord(QByteArrayView line) const
{
    return match(line).hasMatch();
}

bool UserFormat::extractTimeLevel(QByteArrayView line, TimeNs &time, Level &level, const TimeContext &ctx) const
{
    const QRegularExpressionMatch m = match(line);
    if (!m.hasMatch())
        return false;
    timeLevelFrom(m, time, level, ctx);
    return true;
}

void UserFormat::timeLevelFrom(const QRegularExpressionMatch &m, TimeNs &time, Level &level, const TimeContext &ctx) const
{
    time = kNoTime;
    level = Level::Unknown;
    const QString t = m.captured(u"time");
    if (!t.isEmpty()) {
        const QByteArray bytes = t.toUtf8();
        m_def.timestamp.parse(bytes, ctx, time);
    }
    const QString l = m.captured(u"level");
    if (!l.isEmpty())
        level = mapLevel(l.toUtf8());
}

bool UserFormat::parse(QByteArrayView line, Record &out, const TimeContext &ctx) const
{
    setPlain(line, out);
    const QString text = QString::fromUtf8(out.raw);
    const QRegularExpressionMatch m = m_def.regex.match(text);
    if (!m.hasMatch())
        return false;
    timeLevelFrom(m, out.time, out.level, ctx);
    QByteArray source;
    for (int i = 1; i < m_groups.size(); ++i) {
        const QString &group = m_groups.at(i);
        if (group.isEmpty() || !m.hasCaptured(i))
            continue;
        QByteArray value = m.captured(i).toUtf8();
        if (group == m_def.sourceGroup
            || (m_def.sourceGroup.isEmpty() && source.isNull()
                && (group == u"source" || group == u"logger" || group == u"host" || group == u"program" || group == u"service")))
            source = value;
        out.fields.push_back(Field{group.toUtf8(), std::move(value)});
    }
    if (!source.isNull() && !out.field("source"))
        out.fields.push_back(Field{QByteArrayLiteral("source"), source});
    // Map the message group back onto the raw bytes (UTF-16 offsets differ
    // from byte offsets when the line is not ASCII).
    const int mi = static_cast<int>(m_groups.indexOf(QStringLiteral("message")));
    if (mi > 0 && m.hasCaptured(mi)) {
        const qsizetype begin = text.first(m.capturedStart(mi)).toUtf8().size();
        const qsizetype length = m.captured(mi).toUtf8().size();
        out.message = out.raw.sliced(begin, std::min(length, out.raw.size() - begin));
    }
    return true;
}
