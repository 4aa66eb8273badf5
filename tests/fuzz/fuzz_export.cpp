// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV and JSON-lines export writers (RecordFormatter, Csv, Redactor).
// Input: an options byte, then the records (one per line) in whichever
// format detection picks.
// Checks: every JSON line is one valid JSON object, byte for byte what
// QJsonDocument writes for the same record (as the export did before
// JsonLineWriter); every CSV row reads back as exactly one row with one
// cell per column.
#include "fuzzsupport.h"

#include "export/exportbuffer.h"
#include "export/recordformatter.h"
#include "export/redactor.h"
#include "filter/foldedrecord.h"
#include "parse/formatdetector.h"
#include "parse/formatregistry.h"
#include "parse/levelnames.h"
#include "parse/timeparser.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

/// The number of cells of the one CSV row in @p row (RFC 4180, CRLF
/// ended), or -1 when it is not exactly one well-formed row.
int csvCells(QByteArrayView row)
{
    if (!row.endsWith("\r\n"))
        return -1;
    row.chop(2);
    int cells = 1;
    bool quoted = false;
    for (qsizetype i = 0; i < row.size(); ++i) {
        const char c = row[i];
        if (quoted) {
            if (c == '"' && i + 1 < row.size() && row[i + 1] == '"')
                ++i;
            else if (c == '"')
                quoted = false;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            ++cells;
        } else if (c == '\r' || c == '\n') {
            return -1;
        }
    }
    return quoted ? -1 : cells;
}

/// The JSON line of @p record as QJsonDocument writes it.
QByteArray qtJsonLine(const Record &record, const Redactor &redactor, qint64 line, const QByteArray &time, const QString &source)
{
    QJsonObject fields;
    for (const Field &field : record.fields)
        fields.insert(QString::fromUtf8(field.name), QString::fromUtf8(redactor.apply(field.value)));
    QJsonObject object{
        {QStringLiteral("line"), line},
        {QStringLiteral("time"), time.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromLatin1(time))},
        {QStringLiteral("level"), QString::fromLatin1(levelName(record.level))},
        {QStringLiteral("message"), QString::fromUtf8(redactor.apply(record.message))},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("raw"), QString::fromUtf8(redactor.apply(record.raw))},
    };
    if (!source.isEmpty())
        object.insert(QStringLiteral("file"), source);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

void checkJson(QByteArrayView out, QByteArrayView reference)
{
    if (!out.endsWith('\n') || out.chopped(1).contains('\n'))
        Fuzz::fail("a JSON record is not exactly one line");
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        Fuzz::fail("a JSON record is not a valid JSON object");
    if (out != reference)
        Fuzz::fail("a JSON record differs from what QJsonDocument writes");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArrayView input = Fuzz::bytes(data, size);
    const quint8 flags = Fuzz::takeByte(input);
    const TimeContext &ctx = Fuzz::context(flags >> 7);

    ExportOptions options;
    options.format = (flags & 1) ? ExportFormat::JsonLines : ExportFormat::Csv;
    options.redact = flags & 2;
    options.utcTimes = flags & 4;
    if (flags & 8)
        options.columns = *parseExportColumns(QStringLiteral("line,time,level,source,message,status,user.name"));
    static const Redactor plain;
    static const Redactor redacting = *Redactor::create(true, {QStringLiteral("secret=\\S+")});
    const Redactor &redactor = options.redact ? redacting : plain;

    static const FormatDetector detector(FormatRegistry().formats());
    const Detection detection = detector.detect(input, ctx, true);
    const QString source = (flags & 16) ? QStringLiteral("a,\"b\".log") : QString();
    RecordFormatter formatter(options, redactor, *detection.format, ctx, source);
    const int columns = int(options.columns.isEmpty() ? defaultExportColumns().size() : options.columns.size())
                        + (source.isEmpty() ? 0 : 1);
    const QByteArray header = formatter.header();
    if (options.format == ExportFormat::Csv && csvCells(header) != columns)
        Fuzz::fail("the CSV header is not one row with one cell per column");

    qint64 lineNumber = 1;
    Record record;
    for (QByteArrayView line : Fuzz::lines(input, 64)) {
        ExportBuffer out;
        formatter.append(out, line, lineNumber);
        if (options.format == ExportFormat::JsonLines) {
            FoldedRecord::parse(*detection.format, line, record, ctx);
            const QByteArray time = record.time == kNoTime ? QByteArray() : TimeParser::formatIso(record.time, ctx, options.utcTimes);
            checkJson(out.bytes(), qtJsonLine(record, redactor, lineNumber, time, source));
        } else if (csvCells(out.bytes()) != columns) {
            Fuzz::fail("a CSV record is not one row with one cell per column");
        }
        ++lineNumber;
    }
    return 0;
}
