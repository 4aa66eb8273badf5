#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Tideline authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Rewrites the *.expected golden dumps from the *.log fixtures with the
# current parsers. Review `git diff tests/data/formats` before committing.
# Usage: tests/data/formats/regenerate.sh [BUILD_DIR]   (default build/parse)
set -euo pipefail
SRC=$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)
BUILD=${1:-$SRC/build/parse}
cd "$SRC"
cmake --build "$BUILD" --target tst_formats
TIDELINE_REGENERATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen "$BUILD/bin/tst_formats" golden
git --no-pager diff --stat -- tests/data/formats || true
