// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <expected>
#include <functional>

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
/// that are not read. A truncation (the size shrank, or the first bytes changed) starts
/// the copy of the file again from its beginning. Before each change a '\n'
/// ends an unterminated last line, so lines of two files never merge.
///
/// Used from one worker at a time (LogFile serialises its jobs); not
/// thread-safe. Owns both descriptors.
class FollowMirror
{
public:
    /// @p sourceFd: the open followed file (taken over), whose bytes the mirror
    /// starts with; @p path: where replacements appear; @p mirrorFd: the
    /// mirror, open for writing and empty (taken over).
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
    bool headChanged() const;
    void endLastLine();
    /// Makes the file now at the path the source if it is another one that has
    /// data, after reading the old one to its end; false when not.
    bool switchToReplacement(const std::function<void(const MirrorEvent &)> &onEvent);

    int m_source;
    int m_mirror;
    QString m_path;
    qint64 m_copied = 0; // bytes of the current source in the mirror
    qint64 m_size = 0;   // bytes in the mirror
    char m_lastByte = '\n';
    QByteArray m_head;   // the current source's first bytes, to see truncate-and-refill
    bool m_pathGone = false; // Deleted was reported for the current source
    bool m_replacementPending = false; // see replacementPending()
};
