// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace KSyntaxHighlighting {
class Definition;
class Repository;
}

/// The process's one KSyntaxHighlighting repository, created on first use.
/// Loading it reads every built-in definition (about 400, tens of
/// milliseconds), so panes and delegates share it instead of making their
/// own. GUI thread only: a Repository is not thread-safe.
KSyntaxHighlighting::Repository &highlightRepository();

/// The definition for log records that are not JSON: "Log File (advanced)"
/// when the library has it, else "Log File"; invalid (no highlighting) when
/// neither exists.
KSyntaxHighlighting::Definition logFileDefinition();

/// The "JSON" definition; invalid when the library lacks it.
KSyntaxHighlighting::Definition jsonDefinition();
