// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transcoder.h"

#include <QStringDecoder>

#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace {
constexpr qint64 kReadBytes = 1024 * 1024;

QString lastError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}
} // namespace

std::expected<qint64, QString> transcodeToUtf8(int inFd, TextEncoding encoding, const std::atomic<bool> &cancel,
                                               const std::function<bool(const char *data, std::size_t size)> &sink)
{
    QStringDecoder decoder(encoding == TextEncoding::Utf16BE ? QStringConverter::Utf16BE : QStringConverter::Utf16LE);
    QByteArray buffer(kReadBytes, Qt::Uninitialized);
    qint64 pos = 0, written = 0;
    while (!cancel.load()) {
        const ssize_t got = ::pread(inFd, buffer.data(), static_cast<size_t>(kReadBytes), pos);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return std::unexpected(lastError());
        if (got == 0)
            break;
        pos += got;
        const QByteArray utf8 = QString(decoder.decode(QByteArrayView(buffer.constData(), got))).toUtf8();
        if (!sink(utf8.constData(), static_cast<std::size_t>(utf8.size())))
            return std::unexpected(lastError());
        written += utf8.size();
    }
    return written;
}

std::expected<qint64, QString> transcodeToUtf8(int inFd, int outFd, TextEncoding encoding,
                                               const std::atomic<bool> &cancel,
                                               const std::function<void(qint64 written)> &progress)
{
    qint64 written = 0;
    return transcodeToUtf8(inFd, encoding, cancel, [&](const char *data, std::size_t size) {
        if (!writeAll(outFd, QByteArray::fromRawData(data, static_cast<qsizetype>(size))))
            return false;
        written += static_cast<qint64>(size);
        if (progress)
            progress(written);
        return true;
    });
}
