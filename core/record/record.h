// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "record/level.h"

#include <QByteArray>
#include <QByteArrayView>

#include <limits>
#include <optional>
#include <utility>
#include <vector>

/// Nanoseconds since 1970-01-01T00:00:00Z; kNoTime when a record has none.
using TimeNs = qint64;
inline constexpr TimeNs kNoTime = std::numeric_limits<qint64>::min();

/// One named value parsed out of a record. Names of nested JSON fields are
/// joined with '.', e.g. "http.status".
struct Field
{
    QByteArray name;
    QByteArray value;
};

/// A log record as the formats parse it and the query engine reads it: one
/// line, or several when continuation lines (stack traces) were folded in.
/// The views point into a buffer the caller keeps alive.
struct Record
{
    QByteArrayView raw;     ///< the record's bytes, without the final line terminator
    QByteArrayView message; ///< the message part (the whole line for plain text)
    TimeNs time = kNoTime;
    Level level = Level::Unknown;
    std::vector<Field> fields; ///< every parsed field, in record order
    /// Bytes raw and message may point into instead of the caller's buffer,
    /// when a format had to rewrite the line (terminal escape codes removed,
    /// see AnsiFormat). Copies share it, so the views stay valid in copies.
    QByteArray storage;

    /// The first field called @p name (exact, case-sensitive), if any.
    std::optional<QByteArrayView> field(QByteArrayView name) const
    {
        for (const Field &f : fields)
            if (QByteArrayView(f.name) == name)
                return QByteArrayView(f.value);
        return std::nullopt;
    }
};
