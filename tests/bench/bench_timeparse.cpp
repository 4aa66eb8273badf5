// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_timeparse [--lines N] [--runs R]: the timestamp fast path on one
// core. Generates N lines (default 200000) of each benchmark shape in memory
// (tideline-cli generate's access, JSON and log4j-style text lines), finds
// each line's stamp once, then times, R times (default 7), one pass that
// reads every stamp with TimeParser::parse at its known position and layout,
// and one pass of the format's extractTimeLevel over the whole lines, on the
// thread's CPU clock (per-core throughput, whatever else the machine runs).
// Prints one JSON object; per case the median and the best pass:
//   <case>_ns_per_line        nanoseconds per line
//   <case>_line_gb_per_s      line bytes (terminator included) per second / 1e9
//   <case>_lines, <case>_bytes
// Cases: clf (access lines, CLF stamp after '['), iso_json (JSON lines,
// "ts" value), iso_text (text lines, "2026-03-14 08:00:00,699" at the start),
// access_extract, json_extract, text_extract (LogFormat::extractTimeLevel).
// Every pass checks that it read a time from every line (exit 1 otherwise).

#include "gen/loggenerator.h"
#include "parse/formatregistry.h"
#include "parse/timeparser.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

namespace {

/// Lines of one shape, in one buffer, and each stamp's offset in its line.
struct Corpus
{
    QByteArray bytes;
    std::vector<QByteArrayView> lines; ///< without terminator
    std::vector<qsizetype> stampAt;
    qint64 lineBytes = 0; ///< with terminators
};

/// @p lines lines of @p format for which @p stampOf finds a stamp offset (>= 0).
Corpus generate(GeneratorFormat format, qsizetype lines, const std::function<qsizetype(QByteArrayView)> &stampOf)
{
    GeneratorOptions options;
    options.format = format;
    LogGenerator generator(options);
    QByteArray all;
    qsizetype generated = 0;
    while (generated < lines * 4)
        generated += generator.appendRecord(all);
    Corpus corpus;
    corpus.bytes.reserve(all.size());
    std::vector<std::pair<qsizetype, qsizetype>> spans; // (offset in corpus.bytes, stamp offset)
    qsizetype pos = 0;
    while (pos < all.size() && qsizetype(spans.size()) < lines) {
        const qsizetype nl = all.indexOf('\n', pos);
        const QByteArrayView line(all.constData() + pos, nl - pos);
        pos = nl + 1;
        const qsizetype at = stampOf(line);
        if (at < 0)
            continue;
        spans.emplace_back(corpus.bytes.size(), at);
        corpus.bytes.append(line.data(), line.size()).append('\n');
    }
    qsizetype begin = 0;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const qsizetype end = i + 1 < spans.size() ? spans[i + 1].first : corpus.bytes.size();
        corpus.lines.emplace_back(corpus.bytes.constData() + begin, end - begin - 1);
        corpus.stampAt.push_back(spans[i].second);
        begin = end;
    }
    corpus.lineBytes = corpus.bytes.size();
    return corpus;
}

/// CPU time of this thread: "per core" throughput, not disturbed by other
/// processes taking the core away (the machine may be loaded).
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

struct Timing
{
    double medianNs = 0; ///< per line
    double bestNs = 0;
};

/// Runs @p pass @p runs times; each returns how many lines gave a time.
Timing measure(const Corpus &corpus, int runs, const std::function<qsizetype()> &pass, bool &allTimed)
{
    std::vector<double> perLine;
    for (int r = 0; r < runs; ++r) {
        const qint64 start = threadCpuNs();
        const qsizetype timed = pass();
        const double ns = double(threadCpuNs() - start);
        allTimed = allTimed && timed == qsizetype(corpus.lines.size());
        perLine.push_back(ns / double(corpus.lines.size()));
    }
    std::sort(perLine.begin(), perLine.end());
    return Timing{perLine[perLine.size() / 2], perLine.front()};
}

void report(QJsonObject &out, const QString &name, const Corpus &corpus, const Timing &t)
{
    const double bytesPerLine = double(corpus.lineBytes) / double(corpus.lines.size());
    out.insert(name + QStringLiteral("_lines"), qint64(corpus.lines.size()));
    out.insert(name + QStringLiteral("_bytes"), corpus.lineBytes);
    out.insert(name + QStringLiteral("_ns_per_line"), t.medianNs);
    out.insert(name + QStringLiteral("_ns_per_line_best"), t.bestNs);
    out.insert(name + QStringLiteral("_line_gb_per_s"), bytesPerLine / t.medianNs);
    out.insert(name + QStringLiteral("_line_gb_per_s_best"), bytesPerLine / t.bestNs);
}

qsizetype afterBracket(QByteArrayView line)
{
    const qsizetype at = line.indexOf('[');
    return at < 0 ? -1 : at + 1;
}

qsizetype jsonTs(QByteArrayView line)
{
    return line.startsWith("{\"ts\":\"") ? 7 : -1;
}

qsizetype textStamp(QByteArrayView line)
{
    return line.size() > 23 && line[4] == '-' && line[10] == ' ' && line[19] == ',' ? 0 : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qsizetype lines = 200000;
    int runs = 7;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--lines")
            lines = std::max<qsizetype>(1000, args[i + 1].toLongLong());
        else if (args[i] == u"--runs")
            runs = std::max(1, args[i + 1].toInt());
    }
    const TimeContext ctx(1773475200LL * 1'000'000'000, QTimeZone(QTimeZone::UTC));
    const Corpus access = generate(GeneratorFormat::Access, lines, afterBracket);
    const Corpus json = generate(GeneratorFormat::Json, lines, jsonTs);
    const Corpus text = generate(GeneratorFormat::Mixed, lines, textStamp);

    volatile qint64 sink = 0;
    auto stamps = [&](const Corpus &corpus, TimeLayout layout) {
        return [&corpus, layout, &ctx, &sink]() {
            qsizetype timed = 0;
            qint64 sum = 0;
            for (std::size_t i = 0; i < corpus.lines.size(); ++i) {
                TimeNs t = kNoTime;
                if (TimeParser::parse(layout, corpus.lines[i].sliced(corpus.stampAt[i]), ctx, t) > 0) {
                    ++timed;
                    sum += t;
                }
            }
            sink = sink + sum;
            return timed;
        };
    };
    auto extract = [&](const Corpus &corpus, const LogFormatPtr &format) {
        return [&corpus, format, &ctx, &sink]() {
            qsizetype timed = 0;
            qint64 sum = 0;
            for (const QByteArrayView line : corpus.lines) {
                TimeNs t = kNoTime;
                Level level = Level::Unknown;
                if (format->extractTimeLevel(line, t, level, ctx) && t != kNoTime) {
                    ++timed;
                    sum += t + int(level);
                }
            }
            sink = sink + sum;
            return timed;
        };
    };

    bool allTimed = true;
    QJsonObject out;
    out.insert(QStringLiteral("runs"), runs);
    report(out, QStringLiteral("clf"), access, measure(access, runs, stamps(access, TimeLayout::Clf), allTimed));
    report(out, QStringLiteral("iso_json"), json, measure(json, runs, stamps(json, TimeLayout::Iso), allTimed));
    report(out, QStringLiteral("iso_text"), text, measure(text, runs, stamps(text, TimeLayout::Iso), allTimed));
    report(out, QStringLiteral("access_extract"), access,
           measure(access, runs, extract(access, FormatRegistry::builtin(u"access-combined")), allTimed));
    report(out, QStringLiteral("json_extract"), json, measure(json, runs, extract(json, FormatRegistry::builtin(u"json")), allTimed));
    report(out, QStringLiteral("text_extract"), text, measure(text, runs, extract(text, FormatRegistry::builtin(u"text")), allTimed));
    out.insert(QStringLiteral("all_lines_timed"), allTimed);
    const QByteArray printed = QJsonDocument(out).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(printed.constData(), 1, std::size_t(printed.size()), stdout);
    return allTimed ? 0 : 1;
}
