// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTimeZone>

#include <optional>
#include <utility>

/// The since:/until: terms of a query text, as the timeline's brush edits
/// them: the range shows in the filter bar, where the user can edit it.
/// Pure functions.
namespace TimeRangeTerms {

/// @p query with its since:/until: terms replaced by ones for
/// [@p from, @p to) (UTC seconds, whole seconds): "since:2026-03-14T08:10:00
/// until:2026-03-14T08:19:59" in @p zone's wall-clock time, with "Z" for UTC
/// (until: names a whole second and keeps the records before its end).
QString withRange(const QString &query, qint64 from, qint64 to, const QTimeZone &zone);
/// @p query without since:/until: terms (and without the spaces they leave).
QString withoutRange(const QString &query);
/// Whether @p query has a since: or until: term.
bool hasRange(const QString &query);

} // namespace TimeRangeTerms
