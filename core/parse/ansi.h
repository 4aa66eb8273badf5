// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

/// Terminal escape sequences in log text (colours written by loggers that
/// thought they were talking to a terminal). Removing them gives the text a
/// person reads on a terminal: ESC '[' parameters and a final byte (CSI: SGR
/// colours, cursor moves), ESC ']' ... BEL or ESC '\' (OSC: titles, links),
/// and the other ESC sequences (intermediate bytes, then a final byte).
/// Every other byte is kept. Pure functions,
/// thread-safe; the formats, the detector and the table use them.
namespace Ansi {

/// Whether @p text holds an ESC byte (so stripped() may differ from it).
bool contains(QByteArrayView text);
bool contains(QStringView text);

/// @p text without its escape sequences.
QByteArray stripped(QByteArrayView text);
QString stripped(QStringView text);

/// Writes stripped(@p text) into @p out, reusing its capacity (the hot path
/// keeps one buffer per thread). Returns a view of @p out.
QByteArrayView stripInto(QByteArrayView text, QByteArray &out);

} // namespace Ansi
