// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordformatter.h"

#include "export/csvfield.h"
#include "export/exportbuffer.h"
#include "export/jsonlinewriter.h"
#include "filter/foldedrecord.h"
#include "parse/levelnames.h"
#include "parse/timeparser.h"

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
    ExportBuffer row;
    Csv::appendRow(row, names);
    return row.bytes();
}

void RecordFormatter::append(ExportBuffer &out, QByteArrayView record, qint64 line)
{
    switch (m_options.format) {
    case ExportFormat::Raw:
        out.append(redacted(record));
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

QByteArray RecordFormatter::redacted(QByteArrayView text) const
{
    return m_redactor.isActive() ? m_redactor.apply(text) : QByteArray::fromRawData(text.data(), text.size());
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
        return redacted(m_record.field("source").value_or(QByteArrayView()));
    case ExportColumn::Message:
        return redacted(m_record.message);
    case ExportColumn::Field:
        return redacted(m_record.field(column.field).value_or(QByteArrayView()));
    }
    return {};
}

void RecordFormatter::appendCsv(ExportBuffer &out, qint64 line)
{
    if (!m_sourceName.isEmpty()) {
        Csv::appendField(out, m_sourceName);
        out.append(',');
    }
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        if (i > 0)
            out.append(',');
        Csv::appendField(out, cell(m_columns[i], line));
    }
    out.append("\r\n");
}

void RecordFormatter::appendJson(ExportBuffer &out, qint64 line)
{
    // The keys in the order QJsonObject sorts them, which the format had before.
    JsonLineWriter json(out);
    json.beginObject();
    json.key("fields");
    json.beginObject();
    std::vector<QByteArray> names;
    names.reserve(m_record.fields.size());
    for (const Field &field : m_record.fields)
        names.push_back(JsonLineWriter::validUtf8(field.name));
    for (const std::size_t i : JsonLineWriter::objectOrder(names)) {
        json.key(names[i]);
        json.value(redacted(m_record.fields[i].value));
    }
    json.endObject();
    if (!m_sourceName.isEmpty()) {
        json.key("file");
        json.value(m_sourceName);
    }
    json.key("level");
    json.value(levelName(m_record.level));
    json.key("line");
    json.value(line);
    json.key("message");
    json.value(redacted(m_record.message));
    json.key("raw");
    json.value(redacted(m_record.raw));
    json.key("time");
    if (const QByteArray when = time(); when.isEmpty())
        json.null();
    else
        json.value(when);
    json.endObject();
}
