// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordformatter.h"

#include "export/csvfield.h"
#include "filter/foldedrecord.h"
#include "parse/levelnames.h"
#include "parse/timeparser.h"

#include <QJsonDocument>
#include <QJsonObject>

RecordFormatter::RecordFormatter(const ExportOptions &options, const Redactor &redactor, const LogFormat &format,
                                 const TimeContext &context, const QString &sourceName)
    : m_options(options)
    , m_redactor(redactor)
    , m_format(format)
    , m_context(context)
    , m_columns(options.columns.isEmpty() ? defaultExportColumns() : options.columns)
    , m_sourceName(sourceName.toUtf8())
{
}

QByteArray RecordFormatter::header() const
{
    if (m_options.format != ExportFormat::Csv || !m_options.csvHeader)
        return {};
    QList<QByteArray> names;
    if (!m_sourceName.isEmpty())
        names.append("file");
    for (const ExportColumn &column : m_columns)
        names.append(column.name());
    QByteArray row;
    Csv::appendRow(row, names);
    return row;
}

void RecordFormatter::append(QByteArray &out, QByteArrayView record, qint64 line)
{
    switch (m_options.format) {
    case ExportFormat::Raw:
        if (m_redactor.isActive())
            out += m_redactor.apply(record);
        else
            out += record;
        return;
    case ExportFormat::Csv:
        FoldedRecord::parse(m_format, record, m_record, m_context);
        appendCsv(out, line);
        return;
    case ExportFormat::JsonLines:
        FoldedRecord::parse(m_format, record, m_record, m_context);
        appendJson(out, line);
        return;
    }
}

QByteArray RecordFormatter::time() const
{
    return m_record.time == kNoTime ? QByteArray() : TimeParser::formatIso(m_record.time, m_context, m_options.utcTimes);
}

QByteArray RecordFormatter::cell(const ExportColumn &column, qint64 line) const
{
    switch (column.kind) {
    case ExportColumn::Line:
        return QByteArray::number(line);
    case ExportColumn::Time:
        return time();
    case ExportColumn::Level:
        return m_record.level == Level::Unknown ? QByteArray() : levelName(m_record.level).toByteArray();
    case ExportColumn::Source:
        return m_redactor.apply(m_record.field("source").value_or(QByteArrayView()));
    case ExportColumn::Message:
        return m_redactor.apply(m_record.message);
    case ExportColumn::Field:
        return m_redactor.apply(m_record.field(column.field).value_or(QByteArrayView()));
    }
    return {};
}

void RecordFormatter::appendCsv(QByteArray &out, qint64 line)
{
    QList<QByteArray> values;
    values.reserve(m_columns.size() + 1);
    if (!m_sourceName.isEmpty())
        values.append(m_sourceName);
    for (const ExportColumn &column : m_columns)
        values.append(cell(column, line));
    Csv::appendRow(out, values);
}

void RecordFormatter::appendJson(QByteArray &out, qint64 line)
{
    QJsonObject fields;
    for (const Field &field : m_record.fields)
        fields.insert(QString::fromUtf8(field.name), QString::fromUtf8(m_redactor.apply(field.value)));
    const QByteArray when = time();
    QJsonObject object{
        {QStringLiteral("line"), line},
        {QStringLiteral("time"), when.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromLatin1(when))},
        {QStringLiteral("level"), QString::fromLatin1(levelName(m_record.level))},
        {QStringLiteral("message"), QString::fromUtf8(m_redactor.apply(m_record.message))},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("raw"), QString::fromUtf8(m_redactor.apply(m_record.raw))},
    };
    if (!m_sourceName.isEmpty())
        object.insert(QStringLiteral("file"), QString::fromUtf8(m_sourceName));
    out += QJsonDocument(object).toJson(QJsonDocument::Compact);
    out += '\n';
}
