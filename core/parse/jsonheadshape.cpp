// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/jsonheadshape.h"

#include "parse/bytewords.h"
#include "parse/fieldnames.h"
#include "parse/jsonscanner.h"
#include "parse/levelnames.h"

#include <cstring>

namespace {

/// Longer leads and gaps (a time key after a message) are not memoised.
constexpr qsizetype kMaxBytes = 96;

/// Constant-initialised and trivially destructible: a thread_local of it
/// needs no guard or wrapper call.
struct Memo
{
    char lead[kMaxBytes];
    char gap[kMaxBytes];
    qsizetype leadSize = -1; // -1: nothing learned
    qsizetype gapSize = 0;
    bool timeFirst = true;
};

thread_local Memo t_memo;

} // namespace

namespace JsonHeadShape {

bool timeOfValue(QByteArrayView value, const TimeContext &ctx, TimeNs &out)
{
    return FieldNames::parseTimeValue(value, ctx, out);
}

Level levelOfValue(QByteArrayView value)
{
    return parseLevel(JsonScanner::stringContent(value));
}

bool read(QByteArrayView line, TimeNs &time, Level &level, const TimeContext &ctx)
{
    Memo &memo = t_memo;
    if (memo.leadSize < 0 || line.size() < memo.leadSize + memo.gapSize || !ByteWords::sameBytes(line.data(), memo.lead, memo.leadSize))
        return false;
    const qsizetype firstEnd = JsonScanner::scalarEnd(line, memo.leadSize);
    const qsizetype secondAt = firstEnd + memo.gapSize;
    if (firstEnd < 0 || secondAt > line.size() || !ByteWords::sameBytes(line.data() + firstEnd, memo.gap, memo.gapSize))
        return false;
    const qsizetype secondEnd = JsonScanner::scalarEnd(line, secondAt);
    if (secondEnd < 0)
        return false;
    const QByteArrayView first = line.sliced(memo.leadSize, firstEnd - memo.leadSize);
    const QByteArrayView second = line.sliced(secondAt, secondEnd - secondAt);
    TimeNs t = kNoTime;
    if (!timeOfValue(memo.timeFirst ? first : second, ctx, t))
        return false;
    const Level l = levelOfValue(memo.timeFirst ? second : first);
    if (l == Level::Unknown)
        return false;
    time = t;
    level = l;
    return true;
}

void forget()
{
    t_memo.leadSize = -1;
}

void learn(QByteArrayView line, qsizetype timeAt, qsizetype levelAt)
{
    Memo &memo = t_memo;
    memo.leadSize = -1;
    const qsizetype firstAt = std::min(timeAt, levelAt);
    const qsizetype secondAt = std::max(timeAt, levelAt);
    const qsizetype firstEnd = JsonScanner::scalarEnd(line, firstAt);
    if (firstEnd < 0 || firstEnd > secondAt || firstAt > kMaxBytes || secondAt - firstEnd > kMaxBytes)
        return;
    std::memcpy(memo.lead, line.data(), static_cast<std::size_t>(firstAt));
    std::memcpy(memo.gap, line.data() + firstEnd, static_cast<std::size_t>(secondAt - firstEnd));
    memo.gapSize = secondAt - firstEnd;
    memo.timeFirst = timeAt < levelAt;
    memo.leadSize = firstAt;
}

} // namespace JsonHeadShape
