#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets of tests/fuzz with clang (only the parser libraries and the
# targets) and runs each for a while. Exits non-zero when a target crashes, hangs, leaks or
# breaks an invariant; the input that did it is left in BUILD/artifacts/TARGET/.
#
#   scripts/fuzz.sh                 # every target, 30 s each
#   scripts/fuzz.sh -t 300 -j 2     # 5 minutes each, two targets at a time
#   scripts/fuzz.sh -t 60 imap_response mime_message
#   scripts/fuzz.sh -t 20 -s 1      # a fixed seed: the same inputs on every machine
#
# Before fuzzing, every file in tests/fuzz/regressions/TARGET/ (inputs that once crashed) is
# replayed. The growing corpus is kept in BUILD/corpus/TARGET/ between runs; seeds come from
# tests/fuzz/seeds/TARGET/ and, for the MIME message and header targets, the MIME corpus.
# BUILD is $LETTERBOX_FUZZ_BUILD_DIR, else build-fuzz.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

seconds=${LETTERBOX_FUZZ_SECONDS:-30}
jobs=1
seed=
while getopts "t:j:s:h" opt; do
  case $opt in
    t) seconds=$OPTARG ;;
    s) seed=$OPTARG ;;
    j) jobs=$OPTARG ;;
    *) sed -n '3,16p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done
shift $((OPTIND - 1))

build=${LETTERBOX_FUZZ_BUILD_DIR:-build-fuzz}
case $build in /*) ;; *) build="$root/$build" ;; esac

if [ ! -f "$build/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S tests/fuzz -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --target letterbox_fuzzers --parallel "$(nproc)" >/dev/null

corpus_dir=$(sed -n 's/^LETTERBOX_CORPUS_DIR:PATH=//p' "$build/CMakeCache.txt")

targets=("$@")
if ((${#targets[@]} == 0)); then
  for exe in "$build"/fuzz_*; do
    if [ -f "$exe" ] && [ -x "$exe" ]; then targets+=("${exe##*/fuzz_}"); fi
  done
fi

# Runs one target: regressions first, then fuzzing; prints one summary line.
run_target() {
  local name=$1 exe="$build/fuzz_$1"
  local work="$build/corpus/$name" artifacts="$build/artifacts/$name/" log="$build/logs/$name.log"
  mkdir -p "$work" "$artifacts" "$(dirname "$log")"
  local regressions=("tests/fuzz/regressions/$name"/*)
  if [ -e "${regressions[0]}" ]; then
    if ! "$exe" -runs=1 "${regressions[@]}" >"$log.regressions" 2>&1; then
      echo "$name: a saved regression input fails again (see $log.regressions)"
      return 1
    fi
  fi
  local seeds=("tests/fuzz/seeds/$name")
  local max_len=16384
  case $name in
    mime_message | mime_headers)
      if [ -d "$corpus_dir/mime" ]; then seeds+=("$corpus_dir/mime"); fi
      max_len=262144 ;;
    html_sanitizer) max_len=65536 ;;
    client_config) seeds+=(resources/providers) ;;
  esac
  local status=0
  "$exe" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
    -print_final_stats=1 ${seed:+-seed=$seed} -artifact_prefix="$artifacts" "$work" "${seeds[@]}" >"$log" 2>&1 ||
    status=$?
  local last runs
  last=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  printf '%-20s %s execs=%s  %s\n' "$name" "$([ $status -eq 0 ] && echo ok || echo FAILED)" \
    "${runs:-?}" "$(grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9]+[a-zA-Z]*' <<<"$last" || true)"
  if [ $status -ne 0 ]; then
    grep -E 'ERROR|SUMMARY|invariant|Test unit written' "$log" | head -n 8 | sed 's/^/    /'
    return 1
  fi
}

echo "Fuzzing ${#targets[@]} targets for ${seconds}s each, $jobs at a time (logs in $build/logs)"
failed=0
running=0
for name in "${targets[@]}"; do
  if [ ! -x "$build/fuzz_$name" ]; then
    echo "$name: no such target"; failed=1; continue
  fi
  run_target "$name" &
  running=$((running + 1))
  if ((running >= jobs)); then
    wait -n || failed=1
    running=$((running - 1))
  fi
done
while ((running > 0)); do
  wait -n || failed=1
  running=$((running - 1))
done
exit $failed
