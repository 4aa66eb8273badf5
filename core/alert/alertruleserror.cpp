// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "alertruleserror.h"

#include <QCoreApplication>

QString AlertRulesError::toString() const
{
    QString where;
    if (rule >= 0) {
        where = ruleName.isEmpty() ? QCoreApplication::translate("AlertRulesLoader", "rule %1").arg(rule + 1)
                                   : QCoreApplication::translate("AlertRulesLoader", "rule %1 “%2”").arg(rule + 1).arg(ruleName);
    }
    QStringList parts;
    if (!file.isEmpty())
        parts << file;
    if (!where.isEmpty())
        parts << where;
    parts << message;
    return parts.join(QStringLiteral(": "));
}
