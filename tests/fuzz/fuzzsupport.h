// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parse/timecontext.h"

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>
#include <vector>

/// Helpers shared by the libFuzzer targets in tests/fuzz.
namespace Fuzz {

/// The fuzzer's input as bytes.
QByteArrayView bytes(const uint8_t *data, size_t size);

/// Takes the first byte of @p input (0 when empty) and drops it.
quint8 takeByte(QByteArrayView &input);

/// Splits @p input at the first @p separator: returns what is before it and
/// leaves what is after it in @p input (all of it, and @p input empty, when
/// there is no separator).
QByteArrayView takeUntil(QByteArrayView &input, char separator);

/// The lines of @p input without their terminators (the last one kept even
/// when unterminated), at most @p maxLines.
std::vector<QByteArrayView> lines(QByteArrayView input, size_t maxLines = 256);

/// A fixed context: UTC, or a DST zone (Europe/Berlin) when @p selector is
/// odd, with a fixed reference time so runs are reproducible.
const TimeContext &context(quint8 selector);

/// Stops the run with a message: a broken contract, reported as a crash.
[[noreturn]] void fail(const char *what);

} // namespace Fuzz
