// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compress/compression.h"

#include <QString>

#include <atomic>
#include <cstddef>
#include <expected>
#include <functional>
#include <vector>

/// Where and why decompression stopped early.
struct DecompressError
{
    QString message;          ///< ready to show: what and where
    qint64 compressedOffset;  ///< byte offset in the compressed input where the damage was found
    qint64 written;           ///< decompressed bytes written before it (all usable)
};

/// Takes the decompressed bytes block[0, size). It may keep the block by
/// swapping @p block with another buffer of the same size (no copy). Returns
/// false with errno set when it could not take them.
using DecompressedBlockSink = std::function<bool(std::vector<char> &block, std::size_t size)>;

/// Decompresses all of @p inFd (read with pread from offset 0) as
/// @p compression (zstd: any number of frames; gzip: any number of members)
/// and hands the result to @p sink in order, in blocks of @p blockBytes
/// (only the last one shorter). Blocks; checks @p cancel once per 1 MiB of
/// input (a cancelled run returns what it handed over). Corrupt or truncated
/// input: everything decoded before the damage reaches the sink, and the
/// error says at which compressed byte offset reading stopped.
/// Thread-safe (no shared state).
std::expected<qint64, DecompressError> decompress(int inFd, Compression compression, const std::atomic<bool> &cancel,
                                                  const DecompressedBlockSink &sink, std::size_t blockBytes);

/// decompress() appending to @p outFd; @p progress gets the decompressed
/// bytes written so far after each 1 MiB block.
std::expected<qint64, DecompressError> decompressToFd(int inFd, int outFd, Compression compression,
                                                      const std::atomic<bool> &cancel,
                                                      const std::function<void(qint64 written)> &progress = {});
