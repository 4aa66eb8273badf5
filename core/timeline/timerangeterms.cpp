// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timerangeterms.h"

#include <QDateTime>
#include <QRegularExpression>

namespace {

/// A since:/until: term outside quotes: the name, then a value up to the next space.
const QRegularExpression &termPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"((?:^|(?<=\s))(?:since|until):\S+)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QString wallClock(qint64 utcSeconds, const QTimeZone &zone)
{
    const QDateTime time = QDateTime::fromSecsSinceEpoch(utcSeconds, zone);
    QString text = time.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    if (zone == QTimeZone(QTimeZone::UTC) || zone.id() == "UTC")
        text += u'Z';
    return text;
}

/// Whether @p text is one parenthesised group: "(a OR b)".
bool isOneGroup(const QString &text)
{
    if (!text.startsWith(u'(') || !text.endsWith(u')'))
        return false;
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"' && (i == 0 || text.at(i - 1) != u'\\'))
            quoted = !quoted;
        else if (!quoted && c == u'(')
            ++depth;
        else if (!quoted && c == u')' && --depth == 0 && i + 1 < text.size())
            return false;
    }
    return true;
}

} // namespace

namespace TimeRangeTerms {

QString withoutRange(const QString &query)
{
    QString text = query;
    QList<QRegularExpressionMatch> matches;
    for (auto it = termPattern().globalMatch(query); it.hasNext();)
        matches.prepend(it.next());
    for (const QRegularExpressionMatch &m : matches) {
        qsizetype start = m.capturedStart();
        qsizetype end = m.capturedEnd();
        if (start > 0 && text.at(start - 1).isSpace())
            --start; // the space before the term goes with it
        else if (end < text.size() && text.at(end).isSpace())
            ++end;
        text.remove(start, end - start);
    }
    return text.trimmed();
}

bool hasRange(const QString &query)
{
    return termPattern().match(query).hasMatch();
}

QString withRange(const QString &query, qint64 from, qint64 to, const QTimeZone &zone)
{
    const QString rest = withoutRange(query);
    const QString range = QStringLiteral("since:%1 until:%2").arg(wallClock(from, zone), wallClock(std::max(from, to - 1), zone));
    if (rest.isEmpty())
        return range;
    // "a OR b" AND a range needs brackets: AND binds tighter than OR.
    const bool needsGroup = rest.contains(QStringLiteral(" OR ")) && !isOneGroup(rest);
    return (needsGroup ? u'(' + rest + u')' : rest) + u' ' + range;
}

} // namespace TimeRangeTerms
