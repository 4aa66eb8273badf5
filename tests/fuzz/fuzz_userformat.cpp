// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// User format definitions: the JSON loader (keys, regex, time pattern,
// level map, samples), then the loaded format on log lines.
// Input: the definition's JSON, a NUL byte, then log lines.
#include "fuzzsupport.h"

#include "parse/logformat.h"
#include "parse/userformatloader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArrayView input = Fuzz::bytes(data, size);
    const QByteArray json = Fuzz::takeUntil(input, '\0').toByteArray();
    const auto loaded = UserFormatLoader::loadBytes(json, QStringLiteral("fuzz.json"));
    if (!loaded) {
        if (loaded.error().message().isEmpty())
            Fuzz::fail("a rejected user format has no message");
        return 0;
    }
    const LogFormat &format = **loaded;
    const TimeContext &ctx = Fuzz::context(0);
    for (QByteArrayView line : Fuzz::lines(input, 32)) {
        Record record;
        format.parse(line, record, ctx);
        TimeNs time = kNoTime;
        Level level = Level::Unknown;
        format.extractTimeLevel(line, time, level, ctx);
        format.startsRecord(line);
        for (const Field &field : record.fields) {
            QByteArray value;
            format.extractField(line, field.name, value, ctx);
        }
    }
    return 0;
}
