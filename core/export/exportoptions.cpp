// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportoptions.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<const char *, ExportColumn::Kind>, 5> kColumnNames{{
    {"line", ExportColumn::Line},
    {"time", ExportColumn::Time},
    {"level", ExportColumn::Level},
    {"source", ExportColumn::Source},
    {"message", ExportColumn::Message},
}};
} // namespace

QByteArray ExportColumn::name() const
{
    for (const auto &entry : kColumnNames)
        if (entry.second == kind)
            return entry.first;
    return field;
}

std::optional<ExportFormat> exportFormatFromName(QStringView name)
{
    if (name.compare(u"raw", Qt::CaseInsensitive) == 0)
        return ExportFormat::Raw;
    if (name.compare(u"csv", Qt::CaseInsensitive) == 0)
        return ExportFormat::Csv;
    if (name.compare(u"jsonl", Qt::CaseInsensitive) == 0 || name.compare(u"json", Qt::CaseInsensitive) == 0)
        return ExportFormat::JsonLines;
    return std::nullopt;
}

QList<ExportColumn> defaultExportColumns()
{
    QList<ExportColumn> columns;
    for (const auto &entry : kColumnNames)
        columns.append(ExportColumn{entry.second, {}});
    return columns;
}

std::expected<QList<ExportColumn>, QString> parseExportColumns(const QString &list)
{
    QList<ExportColumn> columns;
    for (const QString &part : list.split(u',')) {
        const QString name = part.trimmed();
        if (name.isEmpty())
            return std::unexpected(QCoreApplication::translate("ExportOptions", "empty column name in “%1”: separate names with single commas").arg(list));
        ExportColumn column{ExportColumn::Field, name.toUtf8()};
        for (const auto &[known, kind] : kColumnNames)
            if (name.compare(QLatin1String(known), Qt::CaseInsensitive) == 0)
                column = {kind, {}};
        columns.append(column);
    }
    return columns;
}
