#!/usr/bin/env bash
# Runs a libFuzzer target for a fixed time from a seed corpus; new inputs and crashes go to WORKDIR.
# usage: run_fuzzer.sh FUZZER WORKDIR SEED_CORPUS [libFuzzer flags...]
# SEED_CORPUS .../all stands for every seed folder beside it.
set -euo pipefail
fuzzer=$1 work=$2 seeds=$3; shift 3
mkdir -p "$work/corpus" "$work/crashes"
if [ "$(basename "$seeds")" = all ]; then
  seed_dirs=("$(dirname "$seeds")"/*/)
else
  seed_dirs=("$seeds")
fi
status=0
"$fuzzer" "$@" -artifact_prefix="$work/crashes/" -print_final_stats=1 "$work/corpus" "${seed_dirs[@]}" \
  > "$work/log.txt" 2>&1 || status=$?
grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|INFO: Loaded|Done)' "$work/log.txt" || true
if [ $status -ne 0 ]; then
  tail -n 60 "$work/log.txt"
  echo "FAIL: $(basename "$fuzzer") found a crash: $(ls "$work/crashes")"
fi
exit $status
