// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// Why a rules file (or one rule) was rejected: where and what. Plain value.
struct AlertRulesError
{
    QString file;     ///< the file's path; empty for a rule parsed alone
    int rule = -1;    ///< 0-based index of the rule; -1: the file as a whole
    QString ruleName; ///< the rule's name when it has one
    QString field;    ///< the JSON field at fault ("threshold", "query"); empty: the whole rule or file
    QString message;  ///< translated; names the field, and the column for a query
    int column = 0;   ///< 1-based column in the query text when field is "query"

    /// "FILE: rule 2 “api-errors”: threshold must be a positive number"
    QString toString() const;
};
