// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzsupport.h"

#include <QLoggingCategory>
#include <QTimeZone>

#include <cstdio>
#include <cstdlib>

namespace Fuzz {

QByteArrayView bytes(const uint8_t *data, size_t size)
{
    return {reinterpret_cast<const char *>(data), qsizetype(size)};
}

quint8 takeByte(QByteArrayView &input)
{
    if (input.isEmpty())
        return 0;
    const auto byte = quint8(input.front());
    input = input.sliced(1);
    return byte;
}

QByteArrayView takeUntil(QByteArrayView &input, char separator)
{
    const qsizetype at = input.indexOf(separator);
    if (at < 0) {
        const QByteArrayView all = input;
        input = {};
        return all;
    }
    const QByteArrayView head = input.first(at);
    input = input.sliced(at + 1);
    return head;
}

std::vector<QByteArrayView> lines(QByteArrayView input, size_t maxLines)
{
    std::vector<QByteArrayView> out;
    while (!input.isEmpty() && out.size() < maxLines)
        out.push_back(takeUntil(input, '\n'));
    return out;
}

const TimeContext &context(quint8 selector)
{
    static constexpr TimeNs kReference = 1'717'200'000'000'000'000; // 2024-06-01
    static const TimeContext utc(kReference, QTimeZone(QTimeZone::UTC));
    static const TimeContext berlin(kReference, QTimeZone("Europe/Berlin"));
    static const bool quiet = [] {
        // Qt warnings (e.g. from QRegularExpression) would flood the fuzzer's output.
        QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
        return true;
    }();
    Q_UNUSED(quiet);
    return (selector & 1) ? berlin : utc;
}

void fail(const char *what)
{
    std::fprintf(stderr, "fuzz contract broken: %s\n", what);
    std::abort();
}

} // namespace Fuzz
