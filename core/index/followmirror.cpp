// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "followmirror.h"

#include <QCoreApplication>

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
    std::vector<char> buffer(static_cast<std::size_t>(std::min(kCopyBytes, std::max<qint64>(1, end - m_copied))));
    while (m_copied < end) {
        const auto want = static_cast<std::size_t>(std::min<qint64>(end - m_copied, static_cast<qint64>(buffer.size())));
        const ssize_t got = ::pread(m_source, buffer.data(), want, m_copied);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            return std::unexpected(FollowMirrorText::tr("read error at byte %1: %2").arg(m_copied).arg(systemError()));
        if (got == 0)
            break; // shrank meanwhile: the next pump sees the truncation
        if (!writeAll(m_mirror, buffer.data(), got))
            return std::unexpected(FollowMirrorText::tr("cannot write the copy: %1").arg(systemError()));
        if (m_head.size() < kHeadBytes)
            m_head.append(buffer.data(), std::min<qsizetype>(kHeadBytes - m_head.size(), got));
        m_copied += got;
        m_size += got;
        m_lastByte = buffer[static_cast<std::size_t>(got - 1)];
    }
    return {};
}

bool FollowMirror::headChanged() const
{
    if (m_head.isEmpty())
        return false;
    QByteArray now(m_head.size(), Qt::Uninitialized);
    const ssize_t got = ::pread(m_source, now.data(), static_cast<size_t>(now.size()), 0);
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
    m_pathGone = false;
    return true;
}
