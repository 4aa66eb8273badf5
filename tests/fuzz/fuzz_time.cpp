// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The timestamp parsers: every built-in layout, sniffing, epoch numbers,
// formatting back to ISO, and strftime-style user patterns.
// Input: a selector byte (layout and zone), a pattern line, then the text.
// Checks: a parser never claims more bytes than it was given, and a time
// it read formats back to ISO text the ISO parser reads as the same time.
#include "fuzzsupport.h"

#include "parse/timepattern.h"

namespace {

constexpr int kLayouts = int(TimeLayout::TimeOfDay) + 1;

void checkConsumed(int consumed, QByteArrayView text)
{
    if (consumed < 0 || consumed > text.size())
        Fuzz::fail("a time parser consumed more bytes than it was given");
}

void checkRoundTrip(TimeNs time, const TimeContext &ctx)
{
    // Local mean time before ~1900 has offsets with seconds (Berlin +0:53:28),
    // which ±hh:mm cannot write: only UTC reads back exactly then.
    const bool wholeMinutes = ctx.offsetAt(time / 1'000'000'000) % 60 == 0;
    for (bool utc : {false, true}) {
        if (!utc && !wholeMinutes)
            continue;
        const QByteArray iso = TimeParser::formatIso(time, ctx, utc);
        TimeNs back = kNoTime;
        const int consumed = TimeParser::parse(TimeLayout::Iso, iso, ctx, back);
        // Years outside 0000..9999 cannot be written in four digits.
        if (consumed == 0)
            continue;
        if (consumed != iso.size() || back != time)
            Fuzz::fail("formatIso does not read back as the same time");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArrayView input = Fuzz::bytes(data, size);
    const quint8 selector = Fuzz::takeByte(input);
    const TimeContext &ctx = Fuzz::context(selector >> 7);
    const QByteArrayView pattern = Fuzz::takeUntil(input, '\n');
    const QByteArrayView text = input;

    TimeNs time = kNoTime;
    const auto layout = TimeLayout((selector & 0x7f) % kLayouts);
    int consumed = TimeParser::parse(layout, text, ctx, time);
    checkConsumed(consumed, text);
    if (consumed > 0)
        checkRoundTrip(time, ctx);

    TimeLayout sniffed = TimeLayout::None;
    consumed = TimeParser::sniff(text, ctx, time, sniffed);
    checkConsumed(consumed, text);
    if (consumed > 0)
        checkRoundTrip(time, ctx);

    consumed = TimeParser::parseEpoch(text, time);
    checkConsumed(consumed, text);

    const auto compiled = TimePattern::compile(QString::fromUtf8(pattern));
    if (compiled) {
        consumed = compiled->parse(text, ctx, time);
        checkConsumed(consumed, text);
    }
    return 0;
}
