// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

class ExportBuffer;

/// CSV as RFC 4180 writes it, hardened against spreadsheet formula
/// injection. Pure functions, thread-safe.
namespace Csv {

/// Appends one field, ready to put between commas:
/// - a value that starts with '=', '+', '-', '@', tab or carriage return
///   gets a single quote (') put in front, and is then always quoted, so a
///   spreadsheet shows it as text instead of running it as a formula;
/// - a value holding ',', '"', CR or LF is enclosed in double quotes, with
///   every '"' doubled;
/// - anything else is written as it is (the empty value stays empty).
/// A long value goes in pieces (see ExportBuffer).
void appendField(ExportBuffer &out, QByteArrayView value);

/// Appends @p values as one row, comma-separated, ended by CRLF.
void appendRow(ExportBuffer &out, const QList<QByteArray> &values);

} // namespace Csv
