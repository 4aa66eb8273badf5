// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <expected>
#include <functional>
#include <vector>

#include <sys/types.h>

/// What happened to a followed file.
enum class FollowEventKind {
    Rotated,   ///< renamed away and a new file created at the path (logrotate's default)
    Recreated, ///< deleted, and a new file created at the path
    Truncated, ///< cut in place (truncate, copytruncate, "> file")
    Deleted,   ///< deleted, nothing at the path yet; what the writer still appends to it is read
};

/// A change of the followed file, at byte @p offset of the mirror: the bytes
/// before it came from the file as it was, the ones after from the file as it is.
struct MirrorEvent
{
    qint64 offset = 0;
    FollowEventKind kind = FollowEventKind::Truncated;
    QDateTime time;
};

/// Copies a followed file into an append-only mirror, across rotation and
/// truncation, so the mirror holds every byte ever seen, once, in order.
///
/// The source is read through a descriptor of its own: after a rename or a
/// delete the old file stays the source, read to its end at every pump, until
/// the new file at the path has data (a writer that has not reopened yet still
/// appends to the old one); then the old file is read to its end a last time
/// and the new one becomes the source. Lines written to the old file after
/// that are not read. A truncation (the size shrank, or the first bytes copied
/// changed) starts the copy of the file again from its beginning. Before each
/// change a '\n' ends an unterminated last line, so lines of two files never merge.
///
/// Right after a truncation, NUL bytes from offset 0 up to the first other byte
/// are not copied: a writer that opened the file without O_APPEND goes on at
/// its old offset after copytruncate, leaving a hole that reads as NULs before
/// its new lines. The rule, for a hole still being written: NULs are skipped
/// only up to a byte that is not NUL; while the file holds nothing but NULs
/// (its size grew, its data is not there yet) nothing is copied or skipped and
/// each pump looks again from the same offset, so data that lands in the hole
/// later is read. Once a data byte has been seen, what is written later into
/// the hole before it (a writer filling it backwards) is not read. NULs
/// anywhere else, and at the start of a file that was not truncated, are data
/// and copied. A source's first copied bytes (after a skipped hole) are what
/// the next truncation is recognised by.
///
/// Bytes are copied in the kernel with copy_file_range() (no trip through
/// user space; a reflink where the file system shares blocks); where it is
/// not supported (another file system: EXDEV; ENOSYS, EINVAL, EOPNOTSUPP)
/// they are read and written instead, from then on.
///
/// Used from one worker at a time (LogFile serialises its jobs); not
/// thread-safe. Owns both descriptors.
class FollowMirror
{
public:
    /// @p sourceFd: the open followed file (taken over), whose bytes the mirror
    /// starts with; @p path: where replacements appear; @p mirrorFd: the
    /// mirror, open for writing and empty (taken over). The source is read at
    /// explicit offsets (pread(), copy_file_range()), but its file offset may
    /// move (lseek(SEEK_DATA)).
    FollowMirror(int sourceFd, QString path, int mirrorFd);
    ~FollowMirror();
    FollowMirror(const FollowMirror &) = delete;
    FollowMirror &operator=(const FollowMirror &) = delete;

    /// Copies what is new in the followed file (and, after a change, in its
    /// successor) to the mirror; @p onEvent hears of each change once the
    /// bytes before it are in the mirror. Returns the mirror's size, or what
    /// failed (a read or write error; the bytes before it stay).
    std::expected<qint64, QString> pump(const std::function<void(const MirrorEvent &)> &onEvent);
    qint64 size() const { return m_size; }
    /// True when, at the last pump, the path named another file that was empty
    /// or unreadable: the old file is still the source, and only a pump reads
    /// what is appended to it (nothing at the path changes), so pump again.
    bool replacementPending() const { return m_replacementPending; }

private:
    std::expected<void, QString> copyTo(qint64 end);
    /// Copies up to @p want bytes at m_copied to the mirror's end in the
    /// kernel (copy_file_range); the bytes copied, 0 when it could not.
    qint64 copyRange(std::size_t want);
    /// The same through @p buffer with pread() and write(); 0 at the end.
    std::expected<qint64, QString> readWrite(std::size_t want, std::vector<char> &buffer);
    /// Counts @p bytes just copied, and notes the head and the last byte.
    void noteCopied(qint64 bytes);
    /// Moves m_copied to the first byte before @p end that is not NUL and
    /// returns true, or returns false and leaves it where it was.
    bool skipLeadingNuls(qint64 end);
    bool headChanged() const;
    void endLastLine();
    /// Makes the file now at the path the source if it is another one that has
    /// data, after reading the old one to its end; false when not.
    bool switchToReplacement(const std::function<void(const MirrorEvent &)> &onEvent);

    int m_source;
    int m_mirror;
    QString m_path;
    qint64 m_copied = 0; // where the current source is copied (or a hole skipped) up to
    qint64 m_size = 0;   // bytes in the mirror
    char m_lastByte = '\n';
    QByteArray m_head;   // the current source's first copied bytes, to see truncate-and-refill
    qint64 m_headAt = 0; // where m_head starts in the source (after a skipped hole)
    bool m_skipNuls = false; // truncated, and no byte of the source copied since
    bool m_pathGone = false; // Deleted was reported for the current source
    bool m_replacementPending = false; // see replacementPending()
    bool m_copyRange = true; // false once copy_file_range() failed for want of support
};
