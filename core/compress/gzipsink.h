// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compress/bytesink.h"

#include <QByteArray>

#include <memory>

struct z_stream_s;

/// A ByteSink that writes one gzip member (RFC 1952) with zlib's deflate,
/// on the calling thread.
class GzipSink final : public ByteSink
{
public:
    static std::expected<std::unique_ptr<ByteSink>, QString> create(QIODevice *device, const SinkOptions &options);
    ~GzipSink() override;

    std::expected<void, QString> write(QByteArrayView bytes) override;
    std::expected<void, QString> finish() override;

private:
    explicit GzipSink(QIODevice *device);
    std::expected<void, QString> deflateSome(QByteArrayView bytes, bool end);

    std::unique_ptr<z_stream_s> m_stream;
    bool m_initialised = false;
    QByteArray m_out;
};
