// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

/// The compressed containers Tideline reads and writes.
enum class Compression { None, Zstd, Gzip };

/// Compression by file name: ".zst"/".zstd" and ".gz" (rotated names like
/// "app.log.2.gz" included), else None.
Compression compressionForPath(const QString &path);
/// Compression by the magic bytes at the start of a file (at least 4 bytes
/// to be sure): zstd frames (also skippable ones) and gzip members.
Compression sniffCompression(QByteArrayView head);
/// "zstd", "gzip" or "none".
QString compressionName(Compression compression);
