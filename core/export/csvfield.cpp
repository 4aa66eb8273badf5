// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvfield.h"

namespace {
bool startsFormula(QByteArrayView value)
{
    if (value.isEmpty())
        return false;
    switch (value.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

bool needsQuotes(QByteArrayView value)
{
    for (const char c : value)
        if (c == ',' || c == '"' || c == '\r' || c == '\n')
            return true;
    return false;
}
} // namespace

namespace Csv {

QByteArray field(QByteArrayView value)
{
    const bool formula = startsFormula(value);
    if (!formula && !needsQuotes(value))
        return value.toByteArray();
    QByteArray out;
    out.reserve(value.size() + 4);
    out += '"';
    if (formula)
        out += '\'';
    for (const char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

void appendRow(QByteArray &out, const QList<QByteArray> &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        out += field(values[i]);
    }
    out += "\r\n";
}

} // namespace Csv
