// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedfilters.h"

#include <QSettings>
#include <QVariantMap>

#include <algorithm>

namespace {
const auto kSavedKey = QStringLiteral("filter/saved");

QVariantMap load()
{
    return QSettings().value(kSavedKey).toMap();
}
} // namespace

QStringList SavedFilters::names()
{
    QStringList names = load().keys();
    std::ranges::sort(names, [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    return names;
}

QString SavedFilters::query(const QString &name)
{
    const QVariantMap saved = load();
    const auto it = saved.constFind(name);
    return it == saved.constEnd() ? QString() : it->toString();
}

void SavedFilters::save(const QString &name, const QString &query)
{
    const QString key = name.trimmed();
    if (key.isEmpty() || query.trimmed().isEmpty())
        return;
    QVariantMap saved = load();
    saved.insert(key, query.trimmed());
    QSettings().setValue(kSavedKey, saved);
}

void SavedFilters::remove(const QString &name)
{
    QVariantMap saved = load();
    if (saved.remove(name) > 0)
        QSettings().setValue(kSavedKey, saved);
}
