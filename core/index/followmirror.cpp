// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "followmirror.h"

#include <QCoreApplication>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr qint64 kCopyBytes = 1024 * 1024;
constexpr qsizetype kHeadBytes = 64;

struct FollowMirrorText
{
    Q_DECLARE_TR_FUNCTIONS(FollowMirror)
};

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool writeAll(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t done = ::write(fd, data, static_cast<size_t>(size));
        if (done < 0 && errno == EINTR)
            continue;
        if (done <= 0)
            return false;
        data += done;
        size -= done;
    }
    return true;
}

} // namespace

FollowMirror::FollowMirror(int sourceFd, QString path, int mirrorFd)
    : m_source(sourceFd)
    , m_mirror(mirrorFd)
    , m_path(std::move(path))
{
}

FollowMirror::~FollowMirror()
{
    if (m_source >= 0)
        ::close(m_source);
    if (m_mirror >= 0)
        ::close(m_mirror);
}

std::expected<qint64, QString> FollowMirror::pump(const std::function<void(const MirrorEvent &)> &onEvent)
{
    constexpr int kMaxChangesPerPump = 4; // a path replaced faster than this waits for the next pump
    for (int change = 0; change <= kMaxChangesPerPump; ++change) {
        struct stat st = {};
        if (::fstat(m_source, &st) != 0)
            return std::unexpected(FollowMirrorText::tr("cannot read the file's size: %1").arg(systemError()));
        if (st.st_size < m_copied || headChanged()) {
            endLastLine();
            onEvent({m_size, FollowEventKind::Truncated, QDateTime::currentDateTime()});
            m_copied = 0;
            m_head.clear();
            m_skipNuls = true;
        }
        if (auto copied = copyTo(st.st_size); !copied)
            return std::unexpected(copied.error());
        if (!switchToReplacement(onEvent))
            break;
    }
    return m_size;
}

std::expected<void, QString> FollowMirror::copyTo(qint64 end)
{
    if (m_skipNuls && !skipLeadingNuls(end))
        return {}; // nothing but NULs yet: looked at again at the next pump
    std::vector<char> buffer; // for read() and write(), when copy_file_range() cannot
    while (m_copied < end) {
        const auto want = static_cast<std::size_t>(std::min(end - m_copied, kCopyBytes));
        qint64 got = copyRange(want);
        if (got == 0) {
            const auto copied = readWrite(want, buffer);
            if (!copied)
                return std::unexpected(copied.error());
            got = *copied;
        }
        if (got == 0)
            break; // shrank meanwhile: the next pump sees the truncation
        noteCopied(got);
    }
    return {};
}

qint64 FollowMirror::copyRange(std::size_t want)
{
    if (!m_copyRange)
        return 0;
    off_t from = static_cast<off_t>(m_copied);
    ssize_t done = -1;
    do {
        done = ::copy_file_range(m_source, &from, m_mirror, nullptr, want, 0);
    } while (done < 0 && errno == EINTR);
    if (done < 0 && (errno == EXDEV || errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP))
        m_copyRange = false; // another file system, an old kernel, or a file it cannot copy
    return std::max<ssize_t>(done, 0); // other errors: read() and write() tell which side failed
}

std::expected<qint64, QString> FollowMirror::readWrite(std::size_t want, std::vector<char> &buffer)
{
    buffer.resize(std::max(buffer.size(), want));
    ssize_t got = -1;
    do {
        got = ::pread(m_source, buffer.data(), want, m_copied);
    } while (got < 0 && errno == EINTR);
    if (got < 0)
        return std::unexpected(FollowMirrorText::tr("read error at byte %1: %2").arg(m_copied).arg(systemError()));
    if (!writeAll(m_mirror, buffer.data(), got))
        return std::unexpected(FollowMirrorText::tr("cannot write the copy: %1").arg(systemError()));
    return got;
}

void FollowMirror::noteCopied(qint64 bytes)
{
    if (m_head.isEmpty())
        m_headAt = m_copied;
    m_copied += bytes;
    m_size += bytes;
    // The bytes of one source lie in the mirror in one run, ending at m_size.
    const qint64 headEnd = m_headAt + m_head.size();
    const auto more = static_cast<qsizetype>(std::min<qint64>(kHeadBytes - m_head.size(), m_copied - headEnd));
    if (more > 0) {
        QByteArray head(more, Qt::Uninitialized);
        if (::pread(m_mirror, head.data(), static_cast<size_t>(more), m_size - (m_copied - headEnd)) == more)
            m_head += head;
    }
    char last = '\n';
    if (::pread(m_mirror, &last, 1, m_size - 1) == 1)
        m_lastByte = last;
}

bool FollowMirror::skipLeadingNuls(qint64 end)
{
    // SEEK_DATA jumps over a hole's unallocated part; it moves the shared
    // offset of the descriptor, which nobody reads by (all reads are pread()).
    qint64 at = ::lseek(m_source, static_cast<off_t>(m_copied), SEEK_DATA);
    if (at < 0)
        at = errno == ENXIO ? end : m_copied; // ENXIO: a hole up to the end; else scan every byte
    std::vector<char> buffer(static_cast<std::size_t>(std::min(kCopyBytes, std::max<qint64>(1, end - at))));
    while (at < end) {
        const auto want = static_cast<std::size_t>(std::min<qint64>(end - at, static_cast<qint64>(buffer.size())));
        const ssize_t got = ::pread(m_source, buffer.data(), want, at);
        if (got < 0 && errno == EINTR)
            continue;
        if (got <= 0)
            return false; // an error or a shrink: the next pump looks again
        const auto last = buffer.begin() + got;
        const auto data = std::find_if(buffer.begin(), last, [](char byte) { return byte != '\0'; });
        if (data != last) {
            m_copied = at + (data - buffer.begin());
            m_skipNuls = false;
            return true;
        }
        at += got;
    }
    return false;
}

bool FollowMirror::headChanged() const
{
    if (m_head.isEmpty())
        return false;
    QByteArray now(m_head.size(), Qt::Uninitialized);
    const ssize_t got = ::pread(m_source, now.data(), static_cast<size_t>(now.size()), m_headAt);
    return got == m_head.size() && now != m_head; // shorter: the size check tells
}

void FollowMirror::endLastLine()
{
    if (m_size > 0 && m_lastByte != '\n' && writeAll(m_mirror, "\n", 1)) {
        m_size += 1;
        m_lastByte = '\n';
    }
}

bool FollowMirror::switchToReplacement(const std::function<void(const MirrorEvent &)> &onEvent)
{
    struct stat atPath = {};
    struct stat current = {};
    m_replacementPending = false;
    if (::stat(m_path.toLocal8Bit().constData(), &atPath) != 0) {
        // Gone: deleted, or renamed with its successor not created yet (then say nothing).
        if (!m_pathGone && errno == ENOENT && ::fstat(m_source, &current) == 0 && current.st_nlink == 0) {
            m_pathGone = true;
            onEvent({m_size, FollowEventKind::Deleted, QDateTime::currentDateTime()});
        }
        return false;
    }
    if (::fstat(m_source, &current) != 0 || (atPath.st_dev == current.st_dev && atPath.st_ino == current.st_ino))
        return false;
    // Another file at the path. Until it has data the writer may not have
    // reopened yet and still appends to the old file: keep reading that one.
    m_replacementPending = true;
    if (atPath.st_size == 0)
        return false;
    const int next = ::open(m_path.toLocal8Bit().constData(), O_RDONLY | O_CLOEXEC);
    if (next < 0)
        return false; // not readable (yet): the old file is read meanwhile
    m_replacementPending = false;
    // The new file has data, so the writer has moved on: what it wrote to the
    // old file came before, and fstat() after stat() of the path sees all of it.
    if (::fstat(m_source, &current) == 0 && current.st_size > m_copied)
        (void)copyTo(current.st_size); // the last words written to the old file
    const bool deleted = current.st_nlink == 0; // else renamed: rotated
    endLastLine();
    onEvent({m_size, deleted ? FollowEventKind::Recreated : FollowEventKind::Rotated, QDateTime::currentDateTime()});
    ::close(m_source);
    m_source = next;
    m_copied = 0;
    m_head.clear();
    m_skipNuls = false;
    m_pathGone = false;
    return true;
}
