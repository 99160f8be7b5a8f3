#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds and runs every benchmark; results go to stdout (record them in docs/BENCHMARKS.md).
# bench_imap runs with 10k messages; LETTERBOX_BENCH_LARGE=1 adds its 100k case.
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
# The large IMAP case (100k messages; several minutes, mostly seeding the server).
if [ "${LETTERBOX_BENCH_LARGE:-0}" = 1 ] && [ -x build/bench/imap/bench_imap ]; then
    echo "== bench_imap 100000"
    build/bench/imap/bench_imap 100000 3
fi
