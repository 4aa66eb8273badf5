// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decompressor.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <memory>
#include <vector>

#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

namespace {

constexpr std::size_t kStepBytes = 1024 * 1024;

/// Reads the compressed input and writes the output; shared by both codecs.
struct Pipe
{
    int in;
    int out;
    const std::atomic<bool> &cancel;
    const std::function<void(qint64)> &progress;
    std::vector<char> inBuf = std::vector<char>(kStepBytes);
    std::vector<char> outBuf = std::vector<char>(kStepBytes);
    qint64 inOffset = 0; // compressed bytes read so far
    qint64 written = 0;

    /// Reads the next block; 0 at the end, -1 on error (errno set).
    ssize_t read()
    {
        for (;;) {
            const ssize_t got = ::pread(in, inBuf.data(), inBuf.size(), inOffset);
            if (got < 0 && errno == EINTR)
                continue;
            if (got > 0)
                inOffset += got;
            return got;
        }
    }

    bool write(std::size_t bytes)
    {
        std::size_t done = 0;
        while (done < bytes) {
            const ssize_t wrote = ::write(out, outBuf.data() + done, bytes - done);
            if (wrote < 0 && errno == EINTR)
                continue;
            if (wrote <= 0)
                return false;
            done += static_cast<std::size_t>(wrote);
        }
        written += static_cast<qint64>(bytes);
        return true;
    }

    DecompressError fail(const QString &message, qint64 offset) const { return {message, offset, written}; }
    DecompressError ioError(bool reading) const
    {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        const QString message = reading ? QCoreApplication::translate("Decompressor", "reading the compressed file failed at byte %1: %2").arg(inOffset).arg(reason)
                                        : QCoreApplication::translate("Decompressor", "writing the decompressed copy failed: %1").arg(reason);
        return fail(message, inOffset);
    }
    void reportProgress() const
    {
        if (progress)
            progress(written);
    }
};

std::expected<qint64, DecompressError> unzstd(Pipe &pipe)
{
    std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> ctx(ZSTD_createDCtx(), &ZSTD_freeDCtx);
    std::size_t pending = 0; // ZSTD_decompressStream's hint: nonzero inside a frame
    qint64 consumed = 0;     // compressed bytes the decoder took
    while (!pipe.cancel.load()) {
        const ssize_t got = pipe.read();
        if (got < 0)
            return std::unexpected(pipe.ioError(true));
        if (got == 0)
            break;
        ZSTD_inBuffer in{pipe.inBuf.data(), static_cast<std::size_t>(got), 0};
        while (in.pos < in.size) {
            ZSTD_outBuffer out{pipe.outBuf.data(), pipe.outBuf.size(), 0};
            const std::size_t before = in.pos;
            pending = ZSTD_decompressStream(ctx.get(), &out, &in);
            consumed += static_cast<qint64>(in.pos - before);
            if (!pipe.write(out.pos))
                return std::unexpected(pipe.ioError(false));
            if (ZSTD_isError(pending))
                return std::unexpected(pipe.fail(QCoreApplication::translate("Decompressor", "the zstd data is damaged at byte %1 of the compressed file (%2)")
                                                     .arg(consumed)
                                                     .arg(QString::fromLatin1(ZSTD_getErrorName(pending))),
                                                 consumed));
        }
        pipe.reportProgress();
    }
    if (pending != 0 && !pipe.cancel.load())
        return std::unexpected(pipe.fail(QCoreApplication::translate("Decompressor", "the zstd file ends early, at byte %1: it was cut off").arg(consumed), consumed));
    return pipe.written;
}

std::expected<qint64, DecompressError> gunzip(Pipe &pipe)
{
    z_stream z{};
    if (inflateInit2(&z, 15 + 16) != Z_OK)
        return std::unexpected(pipe.fail(QCoreApplication::translate("Decompressor", "gzip decompression could not start (out of memory?)"), 0));
    const auto guard = std::unique_ptr<z_stream, decltype(&inflateEnd)>(&z, &inflateEnd);
    bool inMember = false;
    qint64 consumed = 0;
    while (!pipe.cancel.load()) {
        const ssize_t got = pipe.read();
        if (got < 0)
            return std::unexpected(pipe.ioError(true));
        if (got == 0)
            break;
        z.next_in = reinterpret_cast<Bytef *>(pipe.inBuf.data());
        z.avail_in = static_cast<uInt>(got);
        while (z.avail_in > 0) {
            z.next_out = reinterpret_cast<Bytef *>(pipe.outBuf.data());
            z.avail_out = static_cast<uInt>(pipe.outBuf.size());
            const uInt before = z.avail_in;
            const int result = inflate(&z, Z_NO_FLUSH);
            consumed += before - z.avail_in;
            inMember = result != Z_STREAM_END;
            if (!pipe.write(pipe.outBuf.size() - z.avail_out))
                return std::unexpected(pipe.ioError(false));
            if (result == Z_STREAM_END)
                inflateReset(&z); // another member may follow (concatenated .gz)
            else if (result != Z_OK && result != Z_BUF_ERROR)
                return std::unexpected(pipe.fail(QCoreApplication::translate("Decompressor", "the gzip data is damaged at byte %1 of the compressed file (%2)")
                                                     .arg(consumed)
                                                     .arg(QString::fromLatin1(z.msg ? z.msg : "invalid data")),
                                                 consumed));
        }
        pipe.reportProgress();
    }
    if (inMember && !pipe.cancel.load())
        return std::unexpected(pipe.fail(QCoreApplication::translate("Decompressor", "the gzip file ends early, at byte %1: it was cut off").arg(consumed), consumed));
    return pipe.written;
}

} // namespace

std::expected<qint64, DecompressError> decompressToFd(int inFd, int outFd, Compression compression,
                                                      const std::atomic<bool> &cancel,
                                                      const std::function<void(qint64 written)> &progress)
{
    Pipe pipe{inFd, outFd, cancel, progress};
    switch (compression) {
    case Compression::Zstd:
        return unzstd(pipe);
    case Compression::Gzip:
        return gunzip(pipe);
    case Compression::None:
        break;
    }
    return std::unexpected(pipe.fail(QCoreApplication::translate("Decompressor", "the file is not compressed"), 0));
}
