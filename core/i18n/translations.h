// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/// Installs Tideline's and Qt's translations for the system locale (LANG,
/// LC_MESSAGES, LANGUAGE honoured) into the running QCoreApplication.
/// Tideline's catalogues are compiled into each executable under :/i18n.
void installTranslations();
