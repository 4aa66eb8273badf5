// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parsedline.h"

std::unique_ptr<ParsedLine> parseLine(QByteArray bytes, const LogFormatPtr &primary,
                                      const std::vector<LogFormatPtr> &fallbacks, const TimeContext &ctx)
{
    auto line = std::make_unique<ParsedLine>();
    line->bytes = std::move(bytes);
    const QByteArrayView view(line->bytes);
    if (primary && primary->parse(view, line->record, ctx)) {
        line->parsed = true;
        return line;
    }
    for (const LogFormatPtr &format : fallbacks) {
        if (format != primary && format->parse(view, line->record, ctx)) {
            line->parsed = true;
            return line;
        }
    }
    line->record = Record{};
    line->record.raw = view;
    line->record.message = view;
    return line;
}
