// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bytesink.h"

#include "compress/gzipsink.h"
#include "compress/plainsink.h"
#include "compress/zstdsink.h"

#include <QCoreApplication>
#include <QIODevice>

std::expected<std::unique_ptr<ByteSink>, QString> ByteSink::create(QIODevice *device, const SinkOptions &options)
{
    switch (options.compression) {
    case Compression::Zstd:
        return ZstdSink::create(device, options);
    case Compression::Gzip:
        return GzipSink::create(device, options);
    case Compression::None:
        break;
    }
    return std::make_unique<PlainSink>(device);
}

std::expected<void, QString> ByteSink::put(QByteArrayView bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const qint64 wrote = m_device->write(bytes.data() + done, bytes.size() - done);
        if (wrote <= 0)
            return std::unexpected(QCoreApplication::translate("ByteSink", "writing failed: %1").arg(m_device->errorString()));
        done += static_cast<qsizetype>(wrote);
    }
    m_bytesOut += bytes.size();
    return {};
}
