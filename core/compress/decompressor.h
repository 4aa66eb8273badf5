// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compress/compression.h"

#include <QString>

#include <atomic>
#include <expected>
#include <functional>

/// Where and why decompression stopped early.
struct DecompressError
{
    QString message;          ///< ready to show: what and where
    qint64 compressedOffset;  ///< byte offset in the compressed input where the damage was found
    qint64 written;           ///< decompressed bytes written before it (all usable)
};

/// Decompresses all of @p inFd (read with pread from offset 0) as
/// @p compression (zstd: any number of frames; gzip: any number of members)
/// and appends the result to @p outFd, in 1 MiB steps. Calls @p progress
/// with the bytes written so far after each step. Blocks; checks @p cancel
/// once per step (a cancelled run returns what it wrote). Corrupt or
/// truncated input: everything decoded before the damage is written, and
/// the error says at which compressed byte offset reading stopped.
/// Thread-safe (no shared state).
std::expected<qint64, DecompressError> decompressToFd(int inFd, int outFd, Compression compression,
                                                      const std::atomic<bool> &cancel,
                                                      const std::function<void(qint64 written)> &progress = {});
