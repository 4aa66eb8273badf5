// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "decompressor.h"

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <utility>

#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

namespace {

constexpr std::size_t kReadBytes = 1024 * 1024;

/// Reads the compressed input and fills output blocks; shared by both codecs.
struct Pipe
{
    int in;
    const std::atomic<bool> &cancel;
    const DecompressedBlockSink &sink;
    std::vector<char> inBuf;
    std::vector<char> outBuf;
    std::size_t filled = 0; // bytes of outBuf holding output not yet handed over
    qint64 inOffset = 0;    // compressed bytes read so far
    qint64 written = 0;     // decompressed bytes handed to the sink

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

    bool outFull() const { return filled == outBuf.size(); }

    /// Hands the filled part of outBuf to the sink.
    bool flush()
    {
        if (filled == 0)
            return true;
        const std::size_t size = std::exchange(filled, 0);
        if (!sink(outBuf, size))
            return false;
        written += static_cast<qint64>(size);
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
    /// Flushes what came before damage at @p offset, then describes it.
    std::unexpected<DecompressError> damaged(const QString &message, qint64 offset)
    {
        if (!flush())
            return std::unexpected(ioError(false));
        return std::unexpected(fail(message, offset));
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
        bool outWasFull = false;
        do { // until the input is used up and a full block left nothing held back
            ZSTD_outBuffer out{pipe.outBuf.data(), pipe.outBuf.size(), pipe.filled};
            const std::size_t before = in.pos;
            const std::size_t hint = ZSTD_decompressStream(ctx.get(), &out, &in);
            if (ZSTD_isError(hint))
                return pipe.damaged(QCoreApplication::translate("Decompressor", "the zstd data is damaged at byte %1 of the compressed file (%2)")
                                        .arg(consumed + static_cast<qint64>(in.pos - before))
                                        .arg(QString::fromLatin1(ZSTD_getErrorName(hint))),
                                    consumed + static_cast<qint64>(in.pos - before));
            if (in.pos != before || out.pos != pipe.filled)
                pending = hint; // a call that did nothing says nothing about the frame
            consumed += static_cast<qint64>(in.pos - before);
            pipe.filled = out.pos;
            outWasFull = pipe.outFull();
            if (outWasFull && !pipe.flush())
                return std::unexpected(pipe.ioError(false));
        } while (in.pos < in.size || outWasFull);
    }
    if (!pipe.flush())
        return std::unexpected(pipe.ioError(false));
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
        bool outWasFull = false;
        do { // until the input is used up and a full block left nothing held back
            z.next_out = reinterpret_cast<Bytef *>(pipe.outBuf.data() + pipe.filled);
            z.avail_out = static_cast<uInt>(pipe.outBuf.size() - pipe.filled);
            const uInt before = z.avail_in;
            const std::size_t filledBefore = pipe.filled;
            const int result = inflate(&z, Z_NO_FLUSH);
            consumed += before - z.avail_in;
            pipe.filled = pipe.outBuf.size() - z.avail_out;
            if (z.avail_in != before || pipe.filled != filledBefore || result == Z_STREAM_END)
                inMember = result != Z_STREAM_END; // a call that did nothing says nothing about the member
            if (result == Z_STREAM_END)
                inflateReset(&z); // another member may follow (concatenated .gz)
            else if (result != Z_OK && result != Z_BUF_ERROR)
                return pipe.damaged(QCoreApplication::translate("Decompressor", "the gzip data is damaged at byte %1 of the compressed file (%2)")
                                        .arg(consumed)
                                        .arg(QString::fromLatin1(z.msg ? z.msg : "invalid data")),
                                    consumed);
            outWasFull = pipe.outFull();
            if (outWasFull && !pipe.flush())
                return std::unexpected(pipe.ioError(false));
        } while (z.avail_in > 0 || outWasFull);
    }
    if (!pipe.flush())
        return std::unexpected(pipe.ioError(false));
    if (inMember && !pipe.cancel.load())
        return std::unexpected(pipe.fail(QCoreApplication::translate("Decompressor", "the gzip file ends early, at byte %1: it was cut off").arg(consumed), consumed));
    return pipe.written;
}

bool writeAll(int fd, const char *data, std::size_t size)
{
    std::size_t done = 0;
    while (done < size) {
        const ssize_t wrote = ::write(fd, data + done, size - done);
        if (wrote < 0 && errno == EINTR)
            continue;
        if (wrote <= 0)
            return false;
        done += static_cast<std::size_t>(wrote);
    }
    return true;
}

} // namespace

std::expected<qint64, DecompressError> decompress(int inFd, Compression compression, const std::atomic<bool> &cancel,
                                                  const DecompressedBlockSink &sink, std::size_t blockBytes)
{
    Pipe pipe{inFd, cancel, sink, std::vector<char>(kReadBytes), std::vector<char>(std::max<std::size_t>(1, blockBytes))};
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

std::expected<qint64, DecompressError> decompressToFd(int inFd, int outFd, Compression compression,
                                                      const std::atomic<bool> &cancel,
                                                      const std::function<void(qint64 written)> &progress)
{
    qint64 written = 0;
    const DecompressedBlockSink toFd = [&](std::vector<char> &block, std::size_t size) {
        if (!writeAll(outFd, block.data(), size))
            return false;
        written += static_cast<qint64>(size);
        if (progress)
            progress(written);
        return true;
    };
    return decompress(inFd, compression, cancel, toFd, kReadBytes);
}
