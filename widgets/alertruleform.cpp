// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertruleform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTextDocument>

namespace {

const QStringList kKinds{QStringLiteral("rate"), QStringLiteral("pattern"), QStringLiteral("anomaly"), QStringLiteral("absence")};

QLineEdit *newEdit(QWidget *parent, const QString &placeholder)
{
    auto *edit = new QLineEdit(parent);
    edit->setPlaceholderText(placeholder);
    return edit;
}

QString numberText(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toDouble(), 'g', 15) : value.toString();
}

} // namespace

AlertRuleForm::AlertRuleForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_kind(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_error(new QLabel(this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_fields.insert(QStringLiteral("name"), newEdit(this, tr("unique name, shown in alerts")));
    m_kind->addItem(tr("Rate threshold"), kKinds[0]);
    m_kind->addItem(tr("Pattern"), kKinds[1]);
    m_kind->addItem(tr("Anomaly"), kKinds[2]);
    m_kind->addItem(tr("Absence"), kKinds[3]);
    m_fields.insert(QStringLiteral("kind"), m_kind);
    m_fields.insert(QStringLiteral("query"), newEdit(this, tr("filter query; empty: every record")));
    m_fields.insert(QStringLiteral("description"), newEdit(this, tr("optional")));
    m_form->addRow(tr("&Name:"), m_fields[QStringLiteral("name")]);
    m_form->addRow(tr("&Kind:"), m_kind);
    m_form->addRow(tr("&Query:"), m_fields[QStringLiteral("query")]);
    m_form->addRow(tr("&Description:"), m_fields[QStringLiteral("description")]);

    const QStringList rate{kKinds[0]}, pattern{kKinds[1]}, anomaly{kKinds[2]}, absence{kKinds[3]};
    addNumber(QStringLiteral("threshold"), tr("&Threshold (records/s):"), tr("required, > 0"), rate);
    addNumber(QStringLiteral("window"), tr("&Window (s):"), QStringLiteral("120"), rate);
    addNumber(QStringLiteral("recover"), tr("&Recover at (records/s):"), tr("90% of the threshold"), rate);
    addNumber(QStringLiteral("minDuration"), tr("&Minimum duration (s):"), QStringLiteral("0"), rate);
    addNumber(QStringLiteral("count"), tr("&Count:"), QStringLiteral("1"), pattern);
    addNumber(QStringLiteral("within"), tr("&Within (s):"), QStringLiteral("60"), pattern);
    addNumber(QStringLiteral("cooldown"), tr("&Cooldown (s):"), QStringLiteral("0"), pattern);
    addNumber(QStringLiteral("bucket"), tr("&Bucket (s):"), QStringLiteral("60"), anomaly);
    addNumber(QStringLiteral("history"), tr("&History (buckets):"), QStringLiteral("30"), anomaly);
    addNumber(QStringLiteral("minHistory"), tr("Minimum &history (buckets):"), QStringLiteral("10"), anomaly);
    addNumber(QStringLiteral("k"), tr("&k (MADs):"), QStringLiteral("3"), anomaly);
    addNumber(QStringLiteral("minDeviation"), tr("Minimum &deviation:"), QStringLiteral("1"), anomaly);
    addNumber(QStringLiteral("after"), tr("&After (s of silence):"), QStringLiteral("300"), absence);
    m_direction->addItem(tr("default"), QString());
    m_direction->addItem(tr("above"), QStringLiteral("above"));
    m_direction->addItem(tr("below"), QStringLiteral("below"));
    m_direction->addItem(tr("both"), QStringLiteral("both"));
    m_fields.insert(QStringLiteral("direction"), m_direction);
    m_kindsOf.insert(QStringLiteral("direction"), rate + anomaly);
    m_form->addRow(tr("D&irection:"), m_direction);

    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d32f2f"));
    m_form->addRow(m_error);

    for (QWidget *input : std::as_const(m_fields)) {
        if (auto *edit = qobject_cast<QLineEdit *>(input))
            connect(edit, &QLineEdit::textEdited, this, &AlertRuleForm::edited);
    }
    connect(m_kind, &QComboBox::activated, this, [this] {
        updateVisibleRows();
        Q_EMIT edited();
    });
    connect(m_direction, &QComboBox::activated, this, &AlertRuleForm::edited);
    updateVisibleRows();
}

void AlertRuleForm::addNumber(const QString &key, const QString &label, const QString &placeholder, const QStringList &kinds)
{
    QLineEdit *edit = newEdit(this, placeholder);
    m_fields.insert(key, edit);
    m_kindsOf.insert(key, kinds);
    m_form->addRow(label, edit);
}

void AlertRuleForm::updateVisibleRows()
{
    const QString kind = m_kind->currentData().toString();
    for (auto it = m_kindsOf.cbegin(); it != m_kindsOf.cend(); ++it)
        m_form->setRowVisible(m_fields.value(it.key()), it.value().contains(kind));
}

void AlertRuleForm::setRule(const QJsonObject &rule)
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (auto *edit = qobject_cast<QLineEdit *>(it.value()))
            edit->setText(numberText(rule.value(it.key())));
    }
    m_kind->setCurrentIndex(static_cast<int>(std::max<qsizetype>(0, kKinds.indexOf(rule.value(QStringLiteral("kind")).toString()))));
    m_direction->setCurrentIndex(std::max(0, m_direction->findData(rule.value(QStringLiteral("direction")).toString())));
    updateVisibleRows();
}

QJsonObject AlertRuleForm::rule() const
{
    const QString kind = m_kind->currentData().toString();
    QJsonObject object{{QStringLiteral("kind"), kind}};
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const auto *edit = qobject_cast<const QLineEdit *>(it.value());
        const bool ofKind = !m_kindsOf.contains(it.key()) || m_kindsOf.value(it.key()).contains(kind);
        if (!edit || !ofKind)
            continue;
        const QString text = edit->text().trimmed();
        if (!m_kindsOf.contains(it.key())) {
            if (!text.isEmpty() || it.key() != QStringLiteral("description"))
                object.insert(it.key(), it.key() == QStringLiteral("query") ? edit->text() : text);
            continue;
        }
        if (text.isEmpty())
            continue;
        bool number = false;
        const double value = QLocale().toDouble(text, &number);
        const double cValue = number ? value : QLocale::c().toDouble(text, &number);
        object.insert(it.key(), number ? QJsonValue(cValue) : QJsonValue(text));
    }
    const QString direction = m_direction->currentData().toString();
    if (!direction.isEmpty() && m_kindsOf.value(QStringLiteral("direction")).contains(kind))
        object.insert(QStringLiteral("direction"), direction);
    return object;
}

void AlertRuleForm::showError(const AlertRulesError &error)
{
    for (QWidget *input : std::as_const(m_fields)) {
        input->setStyleSheet(QString());
        input->setToolTip(QString());
    }
    m_error->setText(error.message);
    m_error->setVisible(!error.message.isEmpty());
    QWidget *input = m_fields.value(error.field);
    if (error.message.isEmpty() || !input)
        return;
    input->setStyleSheet(QStringLiteral("border: 1px solid #d32f2f"));
    input->setToolTip(Qt::convertFromPlainText(error.message)); // tool tips render rich text
}

QString AlertRuleForm::errorText() const
{
    return m_error->text();
}
