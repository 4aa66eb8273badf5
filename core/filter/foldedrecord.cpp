// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filter/foldedrecord.h"

namespace FoldedRecord {

QByteArrayView withoutTerminator(QByteArrayView bytes)
{
    if (bytes.endsWith('\n')) {
        bytes.chop(1);
        if (bytes.endsWith('\r'))
            bytes.chop(1);
    }
    return bytes;
}

QByteArrayView firstLine(QByteArrayView record)
{
    const qsizetype nl = record.indexOf('\n');
    return nl < 0 ? record : record.first(nl);
}

bool parse(const LogFormat &format, QByteArrayView record, Record &out, const TimeContext &ctx)
{
    const QByteArrayView raw = withoutTerminator(record);
    const QByteArrayView first = firstLine(raw);
    const bool ok = format.parse(first, out, ctx);
    if (first.size() == raw.size())
        return ok;
    // Several lines: raw covers all of them; so does a message that ended with the first line.
    QByteArrayView firstChomped = first;
    if (firstChomped.endsWith('\r'))
        firstChomped.chop(1);
    const char *firstEnd = firstChomped.data() + firstChomped.size();
    const char *messageEnd = out.message.data() + out.message.size();
    if (out.message.data() != nullptr && out.message.data() >= raw.data() && messageEnd == firstEnd)
        out.message = QByteArrayView(out.message.data(), raw.data() + raw.size());
    out.raw = raw;
    return ok;
}

bool startsRecord(const LogFormat &format, QByteArrayView lineWithoutNewline)
{
    return format.startsRecord(lineWithoutNewline.first(std::min(lineWithoutNewline.size(), kStartBytes)));
}

} // namespace FoldedRecord
