#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs every test. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
export QT_QPA_PLATFORM=offscreen
(cd "${LETTERBOX_BUILD_DIR:-build}" && ctest --output-on-failure --parallel "$(nproc)" --timeout 300)
# A short smoke of every parser fuzz target (clang build in build-fuzz; longer runs: fuzz.sh -t).
# The seed is fixed so the smoke explores the same inputs on every run: a failure here is a
# reproducible regression, while new bugs are hunted by the longer runs of docs/RELIABILITY.md.
scripts/fuzz.sh -t 20 -s 1 -j "$(nproc)"
