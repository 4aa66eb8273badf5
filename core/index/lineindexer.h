// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/lineindex.h"

#include <QString>

#include <atomic>
#include <expected>
#include <functional>
#include <memory>

/// How a scan splits its work.
struct IndexOptions
{
    int threads = 0;                     ///< 0: one per core
    qint64 firstChunkBytes = 256 * 1024; ///< small, so the first rows show at once
    qint64 chunkBytes = 16 * 1024 * 1024;
};

/// Why a scan stopped early.
struct ScanError
{
    QString message;
};

/// Finds the line ends in [from, to) of an open file descriptor.
///
/// Chunks are scanned in parallel on worker threads and handed to @p deliver
/// in byte order, on the calling thread, which blocks until the scan ends.
/// Returns the offset where scanning stopped: @p to, or less when @p cancel
/// was set (checked once per 1 MiB read) or the file turned out shorter
/// (truncated while scanning). A read error is returned as ScanError; the
/// chunks delivered before it stay valid.
std::expected<qint64, ScanError> scanLines(int fd, qint64 from, qint64 to, const IndexOptions &options,
                                           const std::atomic<bool> &cancel,
                                           const std::function<void(std::shared_ptr<const IndexChunk>)> &deliver);
