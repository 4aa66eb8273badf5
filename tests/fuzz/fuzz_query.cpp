// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The query language: parsing, then evaluation on a record.
// Input: the query text, a newline, then the record's bytes (parsed as JSON,
// logfmt or text, whichever reads it).
// Checks the engine's shortcuts against the full evaluation: a record that
// matches passes mayMatch() and findCandidate(); a query that does not need
// a parsed record gives the same answer on the raw bytes alone; highlights
// lie inside the text.
#include "fuzzsupport.h"

#include "parse/formatregistry.h"
#include "query/query.h"

namespace {

constexpr TimeNs kNow = 1'717'200'000'000'000'000;

Record parseRecord(QByteArrayView raw, const TimeContext &ctx)
{
    Record record;
    for (QStringView name : {u"json", u"logfmt", u"text"}) {
        if (FormatRegistry::builtin(name)->parse(raw, record, ctx))
            return record;
    }
    return record; // plain: raw = message = the bytes
}

void checkShortcuts(const Query &query, const Record &record)
{
    const bool matches = query.matches(record);
    if (matches && !query.mayMatch(record.raw))
        Fuzz::fail("mayMatch rejects a record that matches");
    if (matches && query.findCandidate(record.raw, 0) < 0)
        Fuzz::fail("findCandidate finds nothing in a record that matches");
    if (!query.needsParsedRecord()) {
        Record rawOnly;
        rawOnly.raw = record.raw;
        if (query.matches(rawOnly) != matches)
            Fuzz::fail("a query that reads only raw bytes answers differently on a parsed record");
    }
}

void checkHighlights(const Query &query, QByteArrayView raw)
{
    const QString text = QString::fromUtf8(raw);
    for (const auto &[start, length] : query.highlights(text)) {
        if (start < 0 || length < 0 || start + length > text.size())
            Fuzz::fail("a highlight lies outside the text");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArrayView input = Fuzz::bytes(data, size);
    const QString text = QString::fromUtf8(Fuzz::takeUntil(input, '\n'));
    const auto query = Query::parse(text, kNow);
    if (!query)
        return 0;
    query->toString();
    query->prefilterString();
    const TimeContext &ctx = Fuzz::context(0);
    for (QByteArrayView line : Fuzz::lines(input, 8)) {
        checkShortcuts(*query, parseRecord(line, ctx));
        checkHighlights(*query, line);
    }
    return 0;
}
