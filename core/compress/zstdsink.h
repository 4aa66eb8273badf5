// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compress/bytesink.h"

#include <QByteArray>

struct ZSTD_CCtx_s;

/// A ByteSink that writes one zstd frame (with a checksum), compressed by
/// libzstd's streaming API on SinkOptions::threads workers (ZSTD_c_nbWorkers).
class ZstdSink final : public ByteSink
{
public:
    static std::expected<std::unique_ptr<ByteSink>, QString> create(QIODevice *device, const SinkOptions &options);
    ~ZstdSink() override;

    std::expected<void, QString> write(QByteArrayView bytes) override;
    std::expected<void, QString> finish() override;

private:
    explicit ZstdSink(QIODevice *device);
    std::expected<void, QString> compress(QByteArrayView bytes, bool end);

    ZSTD_CCtx_s *m_ctx = nullptr;
    QByteArray m_out;
};
