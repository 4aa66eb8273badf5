#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tideline authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the main window with the live demo log into packaging/screenshots/*.png
# (offscreen, English, DejaVu fonts), through the same build environment as
# the rest of the project. Look at the pictures before committing them.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
"$top/packaging/devroot.sh" build >&2
"$top/packaging/devroot.sh" exec env QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LANGUAGE=en TZ=UTC \
  tideline_capture "$here"
echo "screenshots written to $here" >&2
