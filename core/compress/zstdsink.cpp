// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "zstdsink.h"

#include <QCoreApplication>
#include <QThread>

#include <zstd.h>

namespace {
QString zstdError(std::size_t code)
{
    return QCoreApplication::translate("ByteSink", "zstd compression failed: %1").arg(QString::fromLatin1(ZSTD_getErrorName(code)));
}
} // namespace

ZstdSink::ZstdSink(QIODevice *device)
    : ByteSink(device)
    , m_ctx(ZSTD_createCCtx())
    , m_out(static_cast<qsizetype>(ZSTD_CStreamOutSize()), Qt::Uninitialized)
{
}

ZstdSink::~ZstdSink()
{
    ZSTD_freeCCtx(m_ctx);
}

std::expected<std::unique_ptr<ByteSink>, QString> ZstdSink::create(QIODevice *device, const SinkOptions &options)
{
    std::unique_ptr<ZstdSink> sink(new ZstdSink(device));
    const int threads = options.threads > 0 ? options.threads : QThread::idealThreadCount();
    ZSTD_CCtx_setParameter(sink->m_ctx, ZSTD_c_compressionLevel, options.level > 0 ? options.level : 3);
    ZSTD_CCtx_setParameter(sink->m_ctx, ZSTD_c_checksumFlag, 1);
    // A library built without threads refuses workers: compress on this thread then.
    ZSTD_CCtx_setParameter(sink->m_ctx, ZSTD_c_nbWorkers, threads);
    return sink;
}

std::expected<void, QString> ZstdSink::write(QByteArrayView bytes)
{
    return compress(bytes, false);
}

std::expected<void, QString> ZstdSink::finish()
{
    return compress({}, true);
}

std::expected<void, QString> ZstdSink::compress(QByteArrayView bytes, bool end)
{
    ZSTD_inBuffer in{bytes.data(), static_cast<std::size_t>(bytes.size()), 0};
    for (;;) {
        ZSTD_outBuffer out{m_out.data(), static_cast<std::size_t>(m_out.size()), 0};
        const std::size_t left = ZSTD_compressStream2(m_ctx, &out, &in, end ? ZSTD_e_end : ZSTD_e_continue);
        if (ZSTD_isError(left))
            return std::unexpected(zstdError(left));
        if (out.pos > 0) {
            if (auto wrote = put(QByteArrayView(m_out.constData(), static_cast<qsizetype>(out.pos))); !wrote)
                return wrote;
        }
        const bool done = end ? left == 0 : in.pos == in.size;
        if (done)
            return {};
    }
}
