#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds and runs every benchmark; results go to stdout (record them in docs/BENCHMARKS.md).
# Run on an otherwise idle machine: the benchmarks print medians and an in-run floor, but a
# busy machine still skews both.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
for bench in build/bench/*/bench_*; do
    [ -x "$bench" ] || continue
    echo "== $(basename "$bench")"
    "$bench"
done
