// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "compression.h"

Compression compressionForPath(const QString &path)
{
    if (path.endsWith(QLatin1String(".zst"), Qt::CaseInsensitive) || path.endsWith(QLatin1String(".zstd"), Qt::CaseInsensitive))
        return Compression::Zstd;
    if (path.endsWith(QLatin1String(".gz"), Qt::CaseInsensitive))
        return Compression::Gzip;
    return Compression::None;
}

Compression sniffCompression(QByteArrayView head)
{
    const auto byte = [&head](qsizetype i) { return static_cast<unsigned char>(head[i]); };
    if (head.size() >= 4 && byte(0) == 0x28 && byte(1) == 0xB5 && byte(2) == 0x2F && byte(3) == 0xFD)
        return Compression::Zstd;
    // Skippable frames: 0x184D2A50..0x184D2A5F, little-endian.
    if (head.size() >= 4 && (byte(0) & 0xF0) == 0x50 && byte(1) == 0x2A && byte(2) == 0x4D && byte(3) == 0x18)
        return Compression::Zstd;
    if (head.size() >= 3 && byte(0) == 0x1F && byte(1) == 0x8B && byte(2) == 0x08)
        return Compression::Gzip;
    return Compression::None;
}

QString compressionName(Compression compression)
{
    switch (compression) {
    case Compression::Zstd:
        return QStringLiteral("zstd");
    case Compression::Gzip:
        return QStringLiteral("gzip");
    case Compression::None:
        break;
    }
    return QStringLiteral("none");
}
