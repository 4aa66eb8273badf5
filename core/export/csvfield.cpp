// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvfield.h"

#include "export/exportbuffer.h"

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

/// Appends @p value with every '"' doubled, a piece at a time.
void appendDoublingQuotes(ExportBuffer &out, QByteArrayView value)
{
    while (!value.isEmpty()) {
        const QByteArrayView piece = value.first(std::min(value.size(), ExportBuffer::kPieceBytes));
        qsizetype from = 0;
        for (qsizetype quote = piece.indexOf('"'); quote >= 0; quote = piece.indexOf('"', from)) {
            out.append(piece.sliced(from, quote + 1 - from));
            out.append('"');
            from = quote + 1;
        }
        out.append(piece.sliced(from));
        value = value.sliced(piece.size());
        out.flushIfFull();
    }
}
} // namespace

namespace Csv {

void appendField(ExportBuffer &out, QByteArrayView value)
{
    const bool formula = startsFormula(value);
    const bool quoted = formula || needsQuotes(value);
    if (quoted)
        out.append(formula ? "\"'" : "\"");
    appendDoublingQuotes(out, value); // no '"' in it when not quoted
    if (quoted)
        out.append('"');
}

void appendRow(ExportBuffer &out, const QList<QByteArray> &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendField(out, values[i]);
    }
    out.append("\r\n");
}

} // namespace Csv
