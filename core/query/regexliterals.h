// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <vector>

QT_BEGIN_NAMESPACE
class QRegularExpression;
QT_END_NAMESPACE

/// Literals every match of @p regex contains: runs of plain ASCII characters
/// that no quantifier makes optional, outside groups, classes and escapes
/// of character types, in a pattern without top-level alternation,
/// \Q...\E or inline options. Conservative: any construct it does not
/// understand gives an empty list (no literal required). With the
/// case-insensitive option the literals leave out 'k' and 's', whose
/// Unicode case partners (KELVIN SIGN, LONG S) are not ASCII. Runs shorter
/// than two bytes are dropped. Each literal is ASCII, so it occurs in the
/// UTF-8 bytes of any text whose decoding the regex matches.
std::vector<QByteArray> requiredRegexLiterals(const QRegularExpression &regex);

/// The strings a regex matches exactly, when it is a small finite set of
/// ASCII literals: plain characters and escaped punctuation, groups,
/// alternation and '?' (e.g. /Fire(f)?ox/ is {"Firefox", "Fireox"}), at most
/// kMaxRegexLiterals strings of at least two bytes each. Then "the decoded
/// text has a match" is "the UTF-8 bytes contain one of the strings", and
/// no regex needs to run. Empty for anything else (classes, other
/// quantifiers, anchors, escapes of character types, inline options,
/// extended syntax), and, case-insensitively, for strings with 'k' or 's'
/// (see above) or a non-ASCII character.
std::vector<QByteArray> regexAsLiterals(const QRegularExpression &regex);

inline constexpr std::size_t kMaxRegexLiterals = 16;

