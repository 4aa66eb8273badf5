// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "index/textencoding.h"

#include <QString>

#include <atomic>
#include <cstddef>
#include <expected>
#include <functional>

/// Converts the whole of @p inFd (read with pread from offset 0) from
/// @p encoding (UTF-16LE or UTF-16BE; a leading BOM is dropped) to UTF-8
/// appended to @p outFd, in 1 MiB steps. Calls @p progress with the UTF-8
/// bytes written so far after each step. Blocks; checks @p cancel once per
/// step. Returns the bytes written, or what failed (read or write errno text).
std::expected<qint64, QString> transcodeToUtf8(int inFd, int outFd, TextEncoding encoding,
                                               const std::atomic<bool> &cancel,
                                               const std::function<void(qint64 written)> &progress = {});

/// The same, handing each step's UTF-8 to @p sink instead, which returns
/// false with errno set when it could not take it.
std::expected<qint64, QString> transcodeToUtf8(int inFd, TextEncoding encoding, const std::atomic<bool> &cancel,
                                               const std::function<bool(const char *data, std::size_t size)> &sink);
