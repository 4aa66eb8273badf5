// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencefilter.h"

#include "filter/foldedrecord.h"

namespace {

void finishRecord(const QByteArray &data, qint64 begin, qint64 end, qint64 line, qint64 lines, const LogFormat &format,
                  const TimeContext &ctx, const Query &query, ScanOutcome &out)
{
    const QByteArrayView bytes(data.constData() + begin, end - begin);
    Record record;
    FoldedRecord::parse(format, bytes, record, ctx);
    TimeNs time = kNoTime;
    Level level = Level::Unknown;
    format.extractTimeLevel(FoldedRecord::firstLine(FoldedRecord::withoutTerminator(bytes)), time, level, ctx);
    ++out.stats.records;
    ++out.stats.levels[static_cast<std::size_t>(level)];
    out.stats.addTime(time);
    if (query.matches(record))
        out.matches.push_back({line, lines, begin, end});
}

} // namespace

ScanOutcome referenceFilter(const QByteArray &data, const LogFormat &format, const TimeContext &ctx, const Query &query)
{
    ScanOutcome out;
    qint64 recordBegin = -1, recordLine = 0, recordLines = 0;
    qint64 pos = 0;
    while (pos < data.size()) {
        qint64 nl = data.indexOf('\n', pos);
        const qint64 next = nl < 0 ? data.size() : nl + 1;
        const QByteArrayView line(data.constData() + pos, (nl < 0 ? data.size() : nl) - pos);
        if (pos == 0 || FoldedRecord::startsRecord(format, line)) {
            if (recordBegin >= 0)
                finishRecord(data, recordBegin, pos, recordLine, recordLines, format, ctx, query, out);
            recordBegin = pos;
            recordLine = out.lines;
            recordLines = 0;
        }
        ++recordLines;
        ++out.lines;
        pos = next;
    }
    if (recordBegin >= 0)
        finishRecord(data, recordBegin, pos, recordLine, recordLines, format, ctx, query, out);
    return out;
}
