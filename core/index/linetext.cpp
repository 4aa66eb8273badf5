// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linetext.h"

namespace {

bool needsCleaning(QStringView text)
{
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    return false;
}

QString cleaned(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == '\t') {
            const qsizetype spaces = 4 - (out.size() % 4);
            out.append(QString(spaces, u' '));
        } else if (u < 0x20) {
            out.append(QChar(char16_t(0x2400 + u)));
        } else if (u == 0x7f) {
            out.append(QChar(char16_t(0x2421)));
        } else {
            out.append(c);
        }
    }
    return out;
}

} // namespace

QString displayText(QByteArrayView raw, TextEncoding encoding)
{
    if (raw.endsWith('\r'))
        raw.chop(1);
    QString text = encoding == TextEncoding::Latin1 ? QString::fromLatin1(raw) : QString::fromUtf8(raw);
    return needsCleaning(text) ? cleaned(text) : text;
}
