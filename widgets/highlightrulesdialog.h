// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlightrules.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;
QT_END_NAMESPACE

/// Search ▸ Highlight Rules: a table of the user's rules, one per row:
/// the pattern, whether it is a regular expression, and its colour (a name
/// like #ffd54f or orange, or picked with "Colour…"). Every edit is checked
/// at once (HighlightRules::error()); the error shows below and OK stays
/// disabled while a rule is wrong. Rows with an empty pattern are ignored.
/// After accept(), rules() holds the rules; the caller stores them.
class HighlightRulesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { PatternColumn, RegexColumn, ColourColumn };

    explicit HighlightRulesDialog(const QList<HighlightRules::Rule> &rules, QWidget *parent = nullptr);

    /// The rules in the table, empty patterns left out.
    QList<HighlightRules::Rule> rules() const;

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *colourButton() const { return m_colour; }
    QPushButton *okButton() const;
    QLabel *errorLabel() const { return m_error; }

    static const QColor kDefaultColour;

private:
    void appendRow(const HighlightRules::Rule &rule);
    void addRule();
    void removeRule();
    void pickColour();
    void validate();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_colour;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};
