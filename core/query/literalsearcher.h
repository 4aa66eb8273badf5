// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

/// Finds a fixed byte string in byte buffers, fast.
///
/// Case-sensitive, or ASCII case-insensitive: only the letters A-Z/a-z fold,
/// every other byte (so every byte of a multi-byte UTF-8 sequence) must be
/// equal. Candidates are found 16 bytes at a time by comparing the first and
/// the last byte of the needle (SSE2), then verified.
///
/// Immutable after construction: const calls are safe from many threads at
/// once and never allocate.
class LiteralSearcher
{
public:
    enum class Case : quint8 { Sensitive, AsciiInsensitive };

    LiteralSearcher() = default; ///< an empty needle, found everywhere
    LiteralSearcher(QByteArrayView needle, Case mode);

    /// Where the needle first starts in @p haystack at or after @p from, or -1.
    qsizetype indexIn(QByteArrayView haystack, qsizetype from = 0) const;
    bool containedIn(QByteArrayView haystack) const { return indexIn(haystack) >= 0; }

    /// The needle as searched: lowercased when ASCII case-insensitive.
    const QByteArray &needle() const { return m_needle; }
    Case caseMode() const { return m_case; }

private:
    bool verify(const char *candidate) const;
    qsizetype scalarIndexIn(const char *data, qsizetype from, qsizetype last) const;

    QByteArray m_needle;
    Case m_case = Case::Sensitive;
    quint8 m_firstMask = 0; // 0x20 when the first byte is a letter folded by ASCII case
    quint8 m_lastMask = 0;
};
