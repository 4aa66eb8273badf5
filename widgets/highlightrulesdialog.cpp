// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightrulesdialog.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

const QColor HighlightRulesDialog::kDefaultColour(0xff, 0xd5, 0x4f);

HighlightRulesDialog::HighlightRulesDialog(const QList<HighlightRules::Rule> &rules, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 3, this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_colour(new QPushButton(tr("&Colour…"), this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Highlight Rules"));
    m_table->setHorizontalHeaderLabels({tr("Pattern"), tr("Regular expression"), tr("Colour")});
    m_table->horizontalHeader()->setSectionResizeMode(PatternColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    for (const HighlightRules::Rule &rule : rules)
        appendRow(rule);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    auto *hint = new QLabel(tr("Matches in the log table get the rule's colour. A plain pattern ignores case."), this);
    hint->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_colour);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_add, &QPushButton::clicked, this, &HighlightRulesDialog::addRule);
    connect(m_remove, &QPushButton::clicked, this, &HighlightRulesDialog::removeRule);
    connect(m_colour, &QPushButton::clicked, this, &HighlightRulesDialog::pickColour);
    connect(m_table, &QTableWidget::itemChanged, this, &HighlightRulesDialog::validate);
    // Return commits a cell being edited; it must not also close the dialog.
    for (QPushButton *button : {m_add, m_remove, m_colour, okButton(), m_buttons->button(QDialogButtonBox::Cancel)}) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 320);
    validate();
}

QPushButton *HighlightRulesDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void HighlightRulesDialog::appendRow(const HighlightRules::Rule &rule)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, PatternColumn, new QTableWidgetItem(rule.pattern));
    auto *regex = new QTableWidgetItem;
    regex->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    regex->setCheckState(rule.regex ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, RegexColumn, regex);
    auto *colour = new QTableWidgetItem(rule.colour.name());
    colour->setData(Qt::DecorationRole, rule.colour);
    m_table->setItem(row, ColourColumn, colour);
}

QList<HighlightRules::Rule> HighlightRulesDialog::rules() const
{
    QList<HighlightRules::Rule> rules;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString pattern = m_table->item(row, PatternColumn)->text();
        if (pattern.isEmpty())
            continue;
        rules << HighlightRules::Rule{pattern, QColor::fromString(m_table->item(row, ColourColumn)->text().trimmed()),
                                      m_table->item(row, RegexColumn)->checkState() == Qt::Checked};
    }
    return rules;
}

void HighlightRulesDialog::addRule()
{
    appendRow({QString(), kDefaultColour, false});
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, PatternColumn);
    m_table->editItem(m_table->item(row, PatternColumn));
}

void HighlightRulesDialog::removeRule()
{
    if (m_table->currentRow() >= 0)
        m_table->removeRow(m_table->currentRow());
    validate();
}

void HighlightRulesDialog::pickColour()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    QTableWidgetItem *item = m_table->item(row, ColourColumn);
    const QColor colour = QColorDialog::getColor(QColor::fromString(item->text()), this, tr("Highlight Colour"));
    if (colour.isValid())
        item->setText(colour.name());
}

void HighlightRulesDialog::validate()
{
    QString error;
    {
        const QSignalBlocker blocker(m_table);
        for (int row = 0; row < m_table->rowCount(); ++row) {
            QTableWidgetItem *colour = m_table->item(row, ColourColumn);
            if (const QColor parsed = QColor::fromString(colour->text().trimmed()); parsed.isValid())
                colour->setData(Qt::DecorationRole, parsed);
        }
    }
    for (const HighlightRules::Rule &rule : rules()) {
        error = HighlightRules::error(rule);
        if (!error.isEmpty())
            break;
    }
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    okButton()->setEnabled(error.isEmpty());
    m_remove->setEnabled(m_table->rowCount() > 0);
    m_colour->setEnabled(m_table->rowCount() > 0);
}
