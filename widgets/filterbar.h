// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filter/filterchunk.h"

#include <QWidget>

#include <array>

QT_BEGIN_NAMESPACE
class QKeyEvent;
class QLabel;
class QLineEdit;
class QMenu;
class QSpinBox;
class QTimer;
class QToolButton;
QT_END_NAMESPACE

/// The bar above a tab's table: the query line edit, Filter/Find mode,
/// named saved filters, the records of context around matches, level
/// toggles with counts, the match count, a help popup and the query's error.
///
/// It edits and shows; it runs nothing. queryChanged() asks the owner to run
/// text() (combined with levelTerm()): 150 ms after the last keystroke, at
/// once on Return, Esc or a level toggle. The owner reports back with
/// showError()/clearError() and setMatchText().
///
/// Keys in the line edit: Up/Down walk the query history (the last 50 run
/// with Return or left with focus, kept in QSettings under
/// "filter/history"), Esc clears the query (or, when empty, emits
/// escapePressed()), Return runs it (in Find mode a second Return steps to
/// the next match, Shift+Return to the previous one).
///
/// The "Saved" menu saves the query under a name, runs a saved one or
/// deletes one (SavedFilters, shared by all bars). The context box asks
/// for N records around each match in Filter mode (contextChanged()).
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    QString text() const;
    /// Replaces the query and runs it at once.
    void setText(const QString &text);
    /// Adds @p term to the query (both must match) and runs it at once.
    void addTerm(const QString &term);
    /// The query term for field @p field equal to @p value, e.g.
    /// status:500, user:"Jane Doe" (quoted when the value needs it, and
    /// then compared literally); empty when @p field is not a field name.
    static QString fieldTerm(const QString &field, const QString &value);
    /// Adds fieldTerm(), or its negation when @p exclude, to the query and runs it.
    void addFieldTerm(const QString &field, const QString &value, bool exclude);

    /// Records of context to show around each match (Filter mode).
    int context() const;
    void setContext(int records);
    /// Asks for the name and saves the query under it (the "Save" menu item).
    void saveQueryAs();

    bool isFindMode() const;
    void setFindMode(bool find);

    /// A query term for the levels switched off, e.g.
    /// "(level:info OR level:error OR level:unknown)"; empty when all are on.
    QString levelTerm() const;
    /// Shows the per-level counts of the records matching the query (its
    /// level toggles aside) on the level toggles; a level is shown once it
    /// has had records, or while it is switched off.
    void setLevelCounts(const FilterStats &stats);

    /// The match count, e.g. "match 3 of 120" (plain text).
    void setMatchText(const QString &text);
    /// Shows @p message in red and marks @p column (1-based) in the query.
    void showError(const QString &message, int column);
    void clearError();
    bool hasError() const;
    /// The marked column, or 0.
    int errorColumn() const { return m_errorColumn; }

    /// Puts the cursor in the query, all of it selected.
    void focusQuery();
    /// Saves the query to the history, if it is worth keeping.
    void remember();

    QLineEdit *lineEdit() const { return m_edit; }
    QLabel *matchLabel() const { return m_matchLabel; }
    QLabel *errorLabel() const { return m_errorLabel; }
    QToolButton *levelButton(Level level) const { return m_levelButtons[static_cast<std::size_t>(level)]; }
    QToolButton *savedButton() const { return m_savedButton; }
    QSpinBox *contextBox() const { return m_context; }

    static constexpr int kDebounceMs = 150;
    static constexpr int kHistorySize = 50;
    static constexpr int kMaxContext = 999;

Q_SIGNALS:
    void queryChanged();
    void modeChanged(bool find);
    void nextMatchRequested();
    void previousMatchRequested();
    /// Esc in an empty query: the owner may move the focus back to the table.
    void escapePressed();
    /// The user asked for @p records records of context around matches.
    void contextChanged(int records);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createModeButtons();
    QWidget *createLevelButtons();
    QToolButton *createHelpButton();
    QToolButton *createSavedButton();
    QSpinBox *createContextBox();
    void fillSavedMenu(QMenu *menu);
    bool handleKey(QKeyEvent *event);
    void stepHistory(int delta);
    void runNow();
    void onTextChanged();
    void markColumn(int column);
    void showHelp();

    QLineEdit *m_edit;
    QToolButton *m_filterButton = nullptr;
    QToolButton *m_findButton = nullptr;
    QToolButton *m_savedButton = nullptr;
    QSpinBox *m_context = nullptr;
    std::array<QToolButton *, kLevelCount> m_levelButtons{};
    QLabel *m_matchLabel;
    QLabel *m_errorLabel;
    QTimer *m_debounce;
    QStringList m_history;
    int m_historyPos = -1; // -1: the draft is shown
    QString m_draft;
    QString m_lastRun;
    int m_errorColumn = 0;
};
