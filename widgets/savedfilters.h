// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/// The queries the user saved under a name, persisted in QSettings under
/// "filter/saved" (name -> query text). Every call reads or writes the
/// settings, so all filter bars see one list. GUI thread.
class SavedFilters
{
public:
    /// The names, sorted ignoring case.
    static QStringList names();
    /// The query saved as @p name, or a null string.
    static QString query(const QString &name);
    /// Saves @p query as @p name (trimmed), replacing one of that name.
    /// Empty names or queries are not saved.
    static void save(const QString &name, const QString &query);
    static void remove(const QString &name);
};
