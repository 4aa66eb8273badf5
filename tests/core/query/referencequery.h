// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/record.h"

#include <QRandomGenerator>
#include <QString>

#include <vector>

/// A query as the randomized test builds it: rendered to text for
/// Query::parse and evaluated here, slowly and obviously, as the reference.
struct RefNode
{
    enum class Kind { Text, Regex, FieldEquals, FieldCompare, LevelCompare, Since, Until, And, Or, Not };

    Kind kind = Kind::Text;
    QString text;           ///< Text: the word/phrase; Regex: the pattern; Field*: the value
    bool phrase = false;    ///< Text: render in quotes
    bool flagI = false;     ///< Regex: the i flag
    bool quoted = false;    ///< FieldEquals: value in quotes ('*' literal)
    QString field;          ///< Field*: name
    QString op;             ///< FieldCompare/LevelCompare: "", "<", "<=", "=", ">=", ">"
    double number = 0;      ///< FieldCompare
    Level level = Level::Unknown; ///< LevelCompare
    QString levelText;      ///< LevelCompare: the name as written
    QString timeText;       ///< Since/Until: as written
    TimeNs bound = 0;       ///< Since: first included; Until: first excluded
    std::vector<RefNode> children;

    bool evaluate(const Record &record) const;
    QString render(QRandomGenerator &rng) const;
};

/// Owns the bytes a generated Record points into.
struct RefRecord
{
    QByteArray raw;
    QByteArray message;
    std::vector<Field> fields;
    TimeNs time = kNoTime;
    Level level = Level::Unknown;

    Record view() const;
};

RefRecord randomRecord(QRandomGenerator &rng, TimeNs now);
RefNode randomQuery(QRandomGenerator &rng, TimeNs now, int depth);
