// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/record.h"
#include "regexmatcher.h"
#include "textmatcher.h"
#include "valuematcher.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>
#include <vector>

/// One node of a compiled query: a boolean operator or a term.
///
/// The parser builds the tree once; afterwards it is immutable and matches()
/// may run on many threads at once. Only the members of the node's kind are
/// used.
struct QueryNode
{
    enum class Kind : quint8 {
        All,          ///< the empty query
        And,          ///< every child
        Or,           ///< any child
        Not,          ///< not the only child
        Text,         ///< word or phrase in Record::raw
        Regex,        ///< regular expression in Record::raw
        FieldEquals,  ///< field value equals / matches a '*' pattern
        FieldCompare, ///< field value is a number that compares to `number`
        LevelCompare, ///< Record::level compares to `level`
        Since,        ///< Record::time >= time
        Until,        ///< Record::time < time
    };
    enum class Compare : quint8 { Less, LessEqual, Equal, GreaterEqual, Greater };

    Kind kind = Kind::All;
    Compare compare = Compare::Equal;
    Level level = Level::Unknown;
    bool messageField = false; ///< the field is Record::message, not a parsed field
    double number = 0;
    TimeNs time = kNoTime;
    QByteArray field; ///< the field name, UTF-8
    TextMatcher text;
    RegexMatcher regex;
    ValueMatcher value;
    std::vector<QueryNode> children;

    bool matches(const Record &record) const;

    /// Whether matching reads anything but Record::raw.
    bool needsParsedRecord() const;

    /// Appends the names of the parsed fields matching reads; false when it
    /// also reads Record::message, ::time or ::level.
    bool collectFields(std::vector<QByteArray> &names) const;

    /// The first regex term (this node or below) whose matching gave up
    /// (RegexMatcher::gaveUp()); null when none did.
    const RegexMatcher *regexThatGaveUp() const;

    /// Appends the ranges of text and regex terms that are not negated.
    void findHighlights(QStringView text, QList<std::pair<qsizetype, qsizetype>> &ranges) const;

    /// The tree as a compact, stable expression, e.g.
    /// `and(text("disk full"), num(status >= 500))`.
    QString toString() const;
};
