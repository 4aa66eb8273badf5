// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "loginput.h"

#include "clicommands.h"

#include "compress/decompressor.h"
#include "index/fileaccess.h"
#include "index/transcoder.h"
#include "parse/fallbackformat.h"
#include "parse/formatdetector.h"

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace {
constexpr qint64 kDetectBytes = 64 * 1024;
}

std::expected<std::unique_ptr<LogInput>, QString> LogInput::open(const QString &path, const FormatRegistry &registry,
                                                                 const QString &formatName)
{
    std::unique_ptr<LogInput> input(new LogInput);
    input->m_name = path;
    if (path == u"-") {
        if (auto spooled = input->spoolStdin(); !spooled)
            return std::unexpected(spooled.error());
    } else {
        input->m_file = std::make_unique<QFile>(path);
        if (auto opened = openLogFile(*input->m_file); !opened)
            return std::unexpected(opened.error());
        input->m_size = input->m_file->size();
        input->m_context = TimeContext::forFile(path);
    }
    if (auto decompressed = input->decompress(); !decompressed)
        return std::unexpected(decompressed.error());
    if (auto converted = input->convertUtf16(); !converted)
        return std::unexpected(converted.error());
    if (auto detected = input->detectFormat(registry, formatName); !detected)
        return std::unexpected(detected.error());
    return input;
}

std::expected<void, QString> LogInput::spoolStdin()
{
    m_spool = std::make_unique<QTemporaryFile>();
    if (!m_spool->open())
        return std::unexpected(Cli::tr("cannot create a temporary file for standard input: %1. Set TMPDIR to a writable folder.")
                                   .arg(m_spool->errorString()));
    std::vector<char> buffer(1024 * 1024);
    for (;;) {
        const ssize_t got = ::read(STDIN_FILENO, buffer.data(), buffer.size());
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return std::unexpected(Cli::tr("reading standard input failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        if (got == 0)
            break;
        if (m_spool->write(buffer.data(), got) != got)
            return std::unexpected(Cli::tr("spooling standard input to “%1” failed: %2. Free some space or set TMPDIR.")
                                       .arg(m_spool->fileName(), m_spool->errorString()));
    }
    if (!m_spool->flush())
        return std::unexpected(Cli::tr("spooling standard input failed: %1").arg(m_spool->errorString()));
    m_size = m_spool->size();
    m_file = std::make_unique<QFile>();
    if (!m_file->open(m_spool->handle(), QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
        return std::unexpected(m_file->errorString());
    return {};
}

std::expected<void, QString> LogInput::decompress()
{
    char head[4];
    const ssize_t got = ::pread(fd(), head, sizeof head, 0);
    const Compression compression = sniffCompression(QByteArrayView(head, got > 0 ? got : 0));
    if (compression == Compression::None)
        return {};
    m_plain = std::make_unique<QTemporaryFile>();
    if (!m_plain->open())
        return std::unexpected(Cli::tr("cannot create a temporary file to decompress “%1”: %2. Set TMPDIR to a writable folder.")
                                   .arg(m_name, m_plain->errorString()));
    const std::atomic<bool> cancel = false;
    const auto written = decompressToFd(fd(), m_plain->handle(), compression, cancel);
    if (!written && written.error().written == 0 && written.error().compressedOffset == 0)
        return std::unexpected(Cli::tr("decompressing “%1” failed: %2").arg(m_name, written.error().message));
    if (!written)
        m_warning = Cli::tr("“%1”: %2; the records before it were read").arg(m_name, written.error().message);
    m_size = written ? *written : written.error().written;
    m_file = std::make_unique<QFile>();
    if (!m_file->open(m_plain->handle(), QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
        return std::unexpected(m_file->errorString());
    return {};
}

std::expected<void, QString> LogInput::convertUtf16()
{
    char head[4096];
    const ssize_t got = ::pread(fd(), head, sizeof head, 0);
    const TextEncoding encoding = detectEncoding(QByteArrayView(head, got > 0 ? got : 0));
    if (!needsSpool(encoding))
        return {};
    m_utf8 = std::make_unique<QTemporaryFile>();
    if (!m_utf8->open())
        return std::unexpected(Cli::tr("cannot create a temporary file to convert “%1” from %2: %3. Set TMPDIR to a writable folder.")
                                   .arg(m_name, encodingName(encoding), m_utf8->errorString()));
    const std::atomic<bool> cancel = false;
    const auto written = transcodeToUtf8(fd(), m_utf8->handle(), encoding, cancel);
    if (!written)
        return std::unexpected(Cli::tr("converting “%1” from %2 failed: %3").arg(m_name, encodingName(encoding), written.error()));
    m_size = *written;
    m_file = std::make_unique<QFile>();
    if (!m_file->open(m_utf8->handle(), QIODevice::ReadOnly, QFileDevice::DontCloseHandle))
        return std::unexpected(m_file->errorString());
    return {};
}

std::expected<void, QString> LogInput::detectFormat(const FormatRegistry &registry, const QString &formatName)
{
    if (!formatName.isEmpty()) {
        m_format = FallbackFormat::wrap(registry.find(formatName));
        if (!m_format)
            return std::unexpected(Cli::tr("unknown format “%1”; “tideline-cli formats” lists them").arg(formatName));
        return {};
    }
    QByteArray head(static_cast<qsizetype>(std::min(kDetectBytes, m_size)), Qt::Uninitialized);
    qint64 done = 0;
    while (done < head.size()) {
        const ssize_t got = ::pread(fd(), head.data() + done, static_cast<std::size_t>(head.size() - done), done);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            break;
        done += got;
    }
    head.truncate(static_cast<qsizetype>(done));
    const FormatDetector detector(registry.formats());
    m_format = FallbackFormat::wrap(detector.detect(head, m_context, done >= m_size).format);
    return {};
}
