// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Format detection and every built-in parser (json, logfmt, access,
// syslog RFC 3164 and 5424, text, plain) plus a user format, on arbitrary
// bytes. Input: one selector byte (time zone), then the file's bytes.
// Checks besides memory safety: extractField() gives what parse() gives,
// every view of a parsed record lies inside the line or its fields, and
// startsRecordWithTimeLevel() answers as startsRecord() plus
// extractTimeLevel() do (also for every format wrapped in FallbackFormat),
// and a JSON line read by the shape of the line before it (JsonHeadShape)
// reads as it does with no memo.
#include "fuzzsupport.h"

#include "filter/foldedrecord.h"
#include "parse/fallbackformat.h"
#include "parse/formatdetector.h"
#include "parse/formatregistry.h"
#include "parse/jsonformat.h"
#include "parse/jsonheadshape.h"

namespace {

const FormatRegistry &registry()
{
    static const FormatRegistry instance = [] {
        FormatRegistry r;
        // The broken example files fail to load, as they should; "pipes" loads.
        r.loadUserFormats(QStringLiteral(TIDELINE_FORMAT_DATA "/user"));
        if (r.find(u"pipes") == nullptr)
            Fuzz::fail("the example user format did not load");
        return r;
    }();
    return instance;
}

bool inside(QByteArrayView part, QByteArrayView whole)
{
    return part.isEmpty() || (part.data() >= whole.data() && part.data() + part.size() <= whole.data() + whole.size());
}

bool viewIsOwned(QByteArrayView view, QByteArrayView line, const Record &record)
{
    if (inside(view, line))
        return true;
    for (const Field &f : record.fields)
        if (inside(view, f.value))
            return true;
    return false;
}

void checkLine(const LogFormat &format, QByteArrayView line, const TimeContext &ctx)
{
    Record record;
    const bool parsed = format.parse(line, record, ctx);
    if (!viewIsOwned(record.raw, line, record) || !viewIsOwned(record.message, line, record))
        Fuzz::fail("a record view points outside the line and its fields");
    TimeNs time = kNoTime;
    Level level = Level::Unknown;
    format.extractTimeLevel(line, time, level, ctx);
    format.startsRecord(line);
    if (!parsed)
        return;
    for (const Field &field : record.fields) {
        QByteArray value;
        if (!format.extractField(line, field.name, value, ctx))
            Fuzz::fail("extractField misses a field parse gives");
        if (value != record.field(field.name).value_or(QByteArrayView()))
            Fuzz::fail("extractField and parse disagree on a field value");
    }
    QByteArray none;
    format.extractField(line, "\x01no such field", none, ctx);
}

void checkLineStart(const LogFormat &format, QByteArrayView line, const TimeContext &ctx)
{
    if (line.size() > FoldedRecord::kStartBytes)
        return; // the scanner asks startsRecord() alone then
    TimeNs time = kNoTime;
    Level level = Level::Unknown;
    const bool starts = format.startsRecordWithTimeLevel(line, time, level, ctx);
    if (starts != format.startsRecord(line))
        Fuzz::fail("startsRecordWithTimeLevel and startsRecord disagree");
    if (!starts)
        return;
    TimeNs expectedTime = kNoTime;
    Level expectedLevel = Level::Unknown;
    format.extractTimeLevel(line, expectedTime, expectedLevel, ctx);
    if (time != expectedTime || level != expectedLevel)
        Fuzz::fail("startsRecordWithTimeLevel and extractTimeLevel disagree");
}

void checkJsonMemo(QByteArrayView previous, QByteArrayView line, const TimeContext &ctx)
{
    static const JsonFormat json;
    TimeNs time = kNoTime, freshTime = kNoTime;
    Level level = Level::Unknown, freshLevel = Level::Unknown;
    JsonHeadShape::forget();
    json.extractTimeLevel(previous, time, level, ctx);
    time = kNoTime;
    level = Level::Unknown;
    const bool ok = json.extractTimeLevel(line, time, level, ctx);
    JsonHeadShape::forget();
    const bool freshOk = json.extractTimeLevel(line, freshTime, freshLevel, ctx);
    if (ok != freshOk || time != freshTime || level != freshLevel)
        Fuzz::fail("a JSON line reads differently by the memo of the line before it");
}

const std::vector<LogFormatPtr> &wrappedFormats()
{
    static const std::vector<LogFormatPtr> wrapped = [] {
        std::vector<LogFormatPtr> all;
        for (const LogFormatPtr &format : registry().formats())
            all.push_back(FallbackFormat::wrap(format));
        return all;
    }();
    return wrapped;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArrayView input = Fuzz::bytes(data, size);
    const TimeContext &ctx = Fuzz::context(Fuzz::takeByte(input));
    static const FormatDetector detector(registry().formats());
    const Detection detection = detector.detect(input, ctx, true);
    if (!detection.format || detection.confidence < 0.0 || detection.confidence > 1.0)
        Fuzz::fail("detection gave no format or a confidence outside 0..1");
    detector.detect(input, ctx, false);
    const std::vector<QByteArrayView> lines = Fuzz::lines(input, 64);
    for (const LogFormatPtr &format : registry().formats()) {
        for (QByteArrayView line : lines) {
            checkLine(*format, line, ctx);
            checkLineStart(*format, line, ctx);
        }
        Record folded;
        FoldedRecord::parse(*format, input, folded, ctx);
    }
    for (const LogFormatPtr &format : wrappedFormats())
        for (QByteArrayView line : lines)
            checkLineStart(*format, line, ctx);
    for (std::size_t i = 1; i < lines.size(); ++i)
        checkJsonMemo(lines[i - 1], lines[i], ctx);
    return 0;
}
