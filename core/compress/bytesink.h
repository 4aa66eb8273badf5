// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compress/compression.h"

#include <QByteArrayView>
#include <QString>

#include <expected>
#include <memory>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

/// How a ByteSink compresses.
struct SinkOptions
{
    Compression compression = Compression::None;
    int level = 0;   ///< 0: the default (zstd 3, gzip 6)
    int threads = 0; ///< zstd workers; 0: one per core
};

/// A byte stream written to a QIODevice (not owned), compressed or not.
/// write() as often as needed, then finish() once to flush the end of the
/// stream. Errors say what failed and carry the device's error text.
/// Not thread-safe (zstd may use worker threads of its own inside).
class ByteSink
{
public:
    virtual ~ByteSink() = default;
    virtual std::expected<void, QString> write(QByteArrayView bytes) = 0;
    virtual std::expected<void, QString> finish() = 0;
    /// Bytes handed to the device so far (compressed size).
    qint64 bytesOut() const { return m_bytesOut; }

    static std::expected<std::unique_ptr<ByteSink>, QString> create(QIODevice *device, const SinkOptions &options);

protected:
    explicit ByteSink(QIODevice *device)
        : m_device(device)
    {
    }
    /// Writes all of @p bytes to the device.
    std::expected<void, QString> put(QByteArrayView bytes);

    QIODevice *m_device;
    qint64 m_bytesOut = 0;
};
