// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gzipsink.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

#include <zlib.h>

namespace {
constexpr int kGzipWindowBits = 15 + 16; // 32 KiB window, gzip wrapper
constexpr qsizetype kOutBytes = 256 * 1024;
} // namespace

GzipSink::GzipSink(QIODevice *device)
    : ByteSink(device)
    , m_stream(std::make_unique<z_stream_s>())
    , m_out(kOutBytes, Qt::Uninitialized)
{
}

GzipSink::~GzipSink()
{
    if (m_initialised)
        deflateEnd(m_stream.get());
}

std::expected<std::unique_ptr<ByteSink>, QString> GzipSink::create(QIODevice *device, const SinkOptions &options)
{
    std::unique_ptr<GzipSink> sink(new GzipSink(device));
    const int level = options.level > 0 ? std::min(options.level, 9) : 6;
    if (deflateInit2(sink->m_stream.get(), level, Z_DEFLATED, kGzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return std::unexpected(QCoreApplication::translate("ByteSink", "gzip compression could not start (out of memory?)"));
    sink->m_initialised = true;
    return sink;
}

std::expected<void, QString> GzipSink::write(QByteArrayView bytes)
{
    // zlib counts in uInt: feed huge buffers in slices.
    constexpr qsizetype kSlice = std::numeric_limits<int>::max() / 2;
    for (qsizetype at = 0; at < bytes.size(); at += kSlice) {
        if (auto done = deflateSome(bytes.sliced(at, std::min(kSlice, bytes.size() - at)), false); !done)
            return done;
    }
    return {};
}

std::expected<void, QString> GzipSink::finish()
{
    return deflateSome({}, true);
}

std::expected<void, QString> GzipSink::deflateSome(QByteArrayView bytes, bool end)
{
    z_stream_s *const z = m_stream.get();
    z->next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.data()));
    z->avail_in = static_cast<uInt>(bytes.size());
    for (;;) {
        z->next_out = reinterpret_cast<Bytef *>(m_out.data());
        z->avail_out = static_cast<uInt>(m_out.size());
        const int result = deflate(z, end ? Z_FINISH : Z_NO_FLUSH);
        if (result == Z_STREAM_ERROR)
            return std::unexpected(QCoreApplication::translate("ByteSink", "gzip compression failed"));
        const qsizetype produced = m_out.size() - static_cast<qsizetype>(z->avail_out);
        if (produced > 0) {
            if (auto wrote = put(QByteArrayView(m_out.constData(), produced)); !wrote)
                return wrote;
        }
        if (end ? result == Z_STREAM_END : (z->avail_in == 0 && z->avail_out != 0))
            return {};
    }
}
