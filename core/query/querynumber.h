// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <optional>

/// The number a field value spells, or nothing when it is not one.
///
/// ASCII spaces and tabs around the value are ignored, one leading '+' is
/// allowed, and the rest must be a whole decimal number as std::from_chars
/// reads it ("500", "-3", "0.25", "1e3"); infinities and NaN are not numbers.
/// "250ms" and "" are not numbers. Allocation-free.
std::optional<double> queryNumberFromBytes(QByteArrayView text);
