// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "queryerror.h"
#include "record/record.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <expected>
#include <memory>
#include <utility>
#include <vector>

struct QueryProgram;

/// A compiled query of the query language (see QUERY_LANGUAGE.md).
///
/// Build one with parse(); a default-constructed Query is the empty query
/// and matches everything. A Query is immutable (but for the flag behind
/// tooExpensiveError()): copies are cheap (shared) and every const member
/// may be called from many threads at once.
///
/// Typical engine use, per record:
///
///     if (!query.mayMatch(raw)) continue;              // cheap literal prefilter
///     Record r = query.needsParsedRecord() ? parse(raw) : Record{.raw = raw};
///     if (query.matches(r)) ...
class Query
{
public:
    Query();

    /// Compiles @p text, or returns the first error with its 1-based column.
    /// Relative times (since:-15m) are resolved against @p now, once.
    /// Never returns a partly compiled query.
    static std::expected<Query, QueryError> parse(QStringView text, TimeNs now);

    /// True for the empty query (also one of only white space).
    bool isEmpty() const;

    /// Whether @p record matches. Words, phrases and regular expressions
    /// search Record::raw; field terms read Record::message and
    /// Record::fields; level and time terms read Record::level and ::time.
    /// Words and phrases do not allocate on ASCII text.
    bool matches(const Record &record) const;

    /// A literal prefilter on the raw bytes: false only when no record with
    /// these raw bytes can match, whatever its parsed fields. Never allocates.
    bool mayMatch(QByteArrayView raw) const;

    /// False when matches() reads only Record::raw, so the caller may skip
    /// format parsing and pass a Record with only raw set.
    bool needsParsedRecord() const;

    /// The names of the parsed fields matches() reads, when it reads nothing
    /// else of a parsed record (no message, time or level): a caller may then
    /// fill Record::fields with just these (LogFormat::extractField) and
    /// leave the rest unset. Empty when the query reads more, or no field.
    const std::vector<QByteArray> &fieldsRead() const;

    /// For literal-first scans: where, at or after @p from, the first
    /// occurrence in @p haystack starts of a literal that the raw bytes of
    /// every matching record contain (one of the query's most selective
    /// required literals); -1 when there is none. A record [b, e) of
    /// @p haystack with b >= from can then match only when it holds such an
    /// occurrence. Returns @p from when the query requires no literal.
    qsizetype findCandidate(QByteArrayView haystack, qsizetype from) const;

    /// The (start, length) ranges in @p text matched by the words, phrases
    /// and regular expressions that are not negated, sorted and merged, for
    /// highlighting in Find mode. Offsets are in UTF-16 code units.
    QList<std::pair<qsizetype, qsizetype>> highlights(QStringView text) const;

    /// Empty, or "query too expensive: the regex /…/ backtracks too much;
    /// make it more specific" once matching a record with one of the
    /// query's regular expressions gave up (PCRE2's match limit: runaway
    /// backtracking, see RegexMatcher). The record counted as not matching;
    /// from then on that regex matches nothing at once, so a scan goes on
    /// quickly but its result is wrong: a scan checks this when it ends (or
    /// per chunk) and fails with this message. Shared by the copies, and
    /// never cleared (parse the text again for a fresh Query).
    QString tooExpensiveError() const;

    /// The compiled tree, e.g. `and(text("disk full"), num(status >= 500))`.
    QString toString() const;

    /// The prefilter's required literals, for tests and debugging.
    QString prefilterString() const;

private:
    explicit Query(std::shared_ptr<const QueryProgram> program);

    std::shared_ptr<const QueryProgram> m_program;
};
