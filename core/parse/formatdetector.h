// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parse/logformat.h"

#include <QByteArrayView>

#include <vector>

/// The outcome of detection.
struct Detection
{
    LogFormatPtr format;     ///< never null: "plain" when nothing fits
    double confidence = 0.0; ///< share of sampled lines the format parsed, 0..1
    int sampledLines = 0;    ///< lines scored (blank, header and continuation lines excluded)
};

/// Picks the format of a file from its first lines.
///
/// Blank lines, '#' header lines and continuation lines are skipped; up to
/// kSampleLines lines are parsed by every candidate. Terminal escape codes
/// are removed first; when the sample had any, the format returned is
/// wrapped in an AnsiFormat. The best share wins;
/// among candidates within kTieMargin of it, the most specific wins (an
/// access line also reads as text). Below kMinScore the result is "plain".
/// Synchronous, const and thread-safe.
class FormatDetector
{
public:
    static constexpr int kSampleLines = 200;
    static constexpr double kTieMargin = 0.1;
    static constexpr double kMinScore = 0.2;

    /// @p candidates in any order; "plain" is added when missing.
    explicit FormatDetector(std::vector<LogFormatPtr> candidates);

    /// @p head: the start of the file (64 KiB is plenty). A last line
    /// without terminator is used only when @p head is the whole file.
    Detection detect(QByteArrayView head, const TimeContext &ctx, bool wholeFile = false) const;

    /// Same, on lines already split (terminators removed).
    Detection detectLines(const std::vector<QByteArrayView> &lines, const TimeContext &ctx) const;

private:
    /// Scores every candidate on @p sample (lines to score, escape codes removed).
    Detection pick(const std::vector<QByteArrayView> &sample, const TimeContext &ctx) const;

    std::vector<LogFormatPtr> m_candidates;
};
