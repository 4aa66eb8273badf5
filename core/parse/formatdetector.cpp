// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parse/formatdetector.h"

#include "parse/ansi.h"
#include "parse/ansiformat.h"
#include "parse/formatregistry.h"

namespace {

bool isBlank(QByteArrayView line)
{
    for (char c : line)
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    return true;
}

/// A line that belongs to no record: blank, a '#' header, a leading BOM
/// line, or indentation/stack-trace continuation.
bool skipForSampling(QByteArrayView line)
{
    if (isBlank(line) || line.startsWith('#'))
        return true;
    const char c = line.front();
    if (c == ' ' || c == '\t')
        return true;
    return line.startsWith("Caused by:") || (line.startsWith("...") && line.trimmed().endsWith("more"));
}

QByteArrayView stripBom(QByteArrayView line)
{
    return line.startsWith("\xEF\xBB\xBF") ? line.sliced(3) : line;
}

} // namespace

FormatDetector::FormatDetector(std::vector<LogFormatPtr> candidates)
    : m_candidates(std::move(candidates))
{
    bool hasPlain = false;
    for (const LogFormatPtr &f : m_candidates)
        hasPlain = hasPlain || f->name() == u"plain";
    if (!hasPlain)
        m_candidates.push_back(FormatRegistry::builtin(u"plain"));
}

Detection FormatDetector::detect(QByteArrayView head, const TimeContext &ctx, bool wholeFile) const
{
    std::vector<QByteArrayView> lines;
    qsizetype pos = 0;
    while (pos < head.size() && lines.size() < size_t(kSampleLines) * 4) {
        qsizetype nl = head.indexOf('\n', pos);
        if (nl < 0) {
            if (wholeFile)
                lines.push_back(head.sliced(pos));
            break;
        }
        lines.push_back(head.sliced(pos, nl - pos));
        pos = nl + 1;
    }
    return detectLines(lines, ctx);
}

Detection FormatDetector::detectLines(const std::vector<QByteArrayView> &lines, const TimeContext &ctx) const
{
    // Lines with terminal colours are scored without their escape codes
    // (kept alive in `stripped`), and the winner is wrapped to strip them.
    std::vector<QByteArray> stripped;
    stripped.reserve(std::min(lines.size(), size_t(kSampleLines)));
    std::vector<QByteArrayView> sample;
    for (size_t i = 0; i < lines.size() && sample.size() < size_t(kSampleLines); ++i) {
        QByteArrayView line = lines[i];
        if (i == 0)
            line = stripBom(line);
        if (Ansi::contains(line)) {
            stripped.push_back(Ansi::stripped(line));
            line = stripped.back();
        }
        if (line.endsWith('\r'))
            line.chop(1);
        if (!skipForSampling(line))
            sample.push_back(line);
    }
    Detection best = pick(sample, ctx);
    if (!stripped.empty())
        best.format = AnsiFormat::wrap(best.format);
    return best;
}

Detection FormatDetector::pick(const std::vector<QByteArrayView> &sample, const TimeContext &ctx) const
{
    Detection best;
    best.sampledLines = static_cast<int>(sample.size());
    std::vector<double> scores(m_candidates.size(), 0.0);
    double top = 0.0;
    for (size_t f = 0; f < m_candidates.size() && !sample.empty(); ++f) {
        if (m_candidates[f]->specificity() == 0)
            continue;
        int matched = 0;
        Record record;
        for (QByteArrayView line : sample)
            matched += m_candidates[f]->parse(line, record, ctx) ? 1 : 0;
        scores[f] = double(matched) / double(sample.size());
        top = std::max(top, scores[f]);
    }
    if (top >= kMinScore) {
        int bestSpecificity = -1;
        for (size_t f = 0; f < m_candidates.size(); ++f) {
            if (scores[f] >= top - kTieMargin && m_candidates[f]->specificity() > bestSpecificity) {
                bestSpecificity = m_candidates[f]->specificity();
                best.format = m_candidates[f];
                best.confidence = scores[f];
            }
        }
        return best;
    }
    for (const LogFormatPtr &f : m_candidates)
        if (f->specificity() == 0)
            best.format = f;
    best.confidence = sample.empty() ? 0.0 : 1.0 - top;
    return best;
}
