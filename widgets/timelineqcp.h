// SPDX-FileCopyrightText: 2026 Tideline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// qcustomplot.h uses the keywords (signals, slots, emit, foreach) that the
// project turns off with QT_NO_KEYWORDS; lend them to it for its header only.
#ifndef signals
#define signals Q_SIGNALS
#define TIDELINE_QCP_SIGNALS
#endif
#ifndef slots
#define slots Q_SLOTS
#define TIDELINE_QCP_SLOTS
#endif
#ifndef emit
#define emit Q_EMIT
#define TIDELINE_QCP_EMIT
#endif
#ifndef foreach
#define foreach Q_FOREACH
#define TIDELINE_QCP_FOREACH
#endif

#include <qcustomplot.h>

#ifdef TIDELINE_QCP_SIGNALS
#undef signals
#undef TIDELINE_QCP_SIGNALS
#endif
#ifdef TIDELINE_QCP_SLOTS
#undef slots
#undef TIDELINE_QCP_SLOTS
#endif
#ifdef TIDELINE_QCP_EMIT
#undef emit
#undef TIDELINE_QCP_EMIT
#endif
#ifdef TIDELINE_QCP_FOREACH
#undef foreach
#undef TIDELINE_QCP_FOREACH
#endif
