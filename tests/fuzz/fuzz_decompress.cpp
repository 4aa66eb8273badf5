// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The zstd and gzip readers (decompressToFd) on arbitrary bytes.
// Input: a selector byte (zstd or gzip), then the compressed bytes.
// Checks: what was written matches the count reported (success or error),
// errors carry a message and an offset inside the input; output is capped
// (cancelled) at 64 MiB so decompression bombs do not exhaust memory.
#include "fuzzsupport.h"

#include "compress/compression.h"
#include "compress/decompressor.h"

#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr qint64 kOutputCap = 64 << 20;

int memoryFile(QByteArrayView content)
{
    const int fd = memfd_create("fuzz", MFD_CLOEXEC);
    if (fd < 0)
        Fuzz::fail("memfd_create failed");
    qsizetype done = 0;
    while (done < content.size()) {
        const ssize_t n = write(fd, content.data() + done, size_t(content.size() - done));
        if (n <= 0)
            Fuzz::fail("writing the memory file failed");
        done += n;
    }
    return fd;
}

qint64 fileSize(int fd)
{
    struct stat st{};
    return fstat(fd, &st) == 0 ? qint64(st.st_size) : -1;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArrayView input = Fuzz::bytes(data, size);
    const Compression compression = (Fuzz::takeByte(input) & 1) ? Compression::Gzip : Compression::Zstd;
    sniffCompression(input);
    const int in = memoryFile(input);
    const int out = memoryFile({});
    std::atomic<bool> cancel = false;
    const auto result = decompressToFd(in, out, compression, cancel, [&cancel](qint64 written) {
        if (written > kOutputCap)
            cancel = true;
    });
    const qint64 written = fileSize(out);
    if (result && *result != written)
        Fuzz::fail("the reported size differs from the bytes written");
    if (!result) {
        if (result.error().message.isEmpty())
            Fuzz::fail("a decompression error has no message");
        if (result.error().written != written)
            Fuzz::fail("the error's written count differs from the bytes written");
        if (result.error().compressedOffset < 0 || result.error().compressedOffset > input.size())
            Fuzz::fail("the error's offset lies outside the input");
    }
    close(in);
    close(out);
    return 0;
}
