#!/usr/bin/env bash
# The reference article's rows of the kinds the project produces today must all be found.
# usage: seed_expected.sh LEDELINE SHARED_DIR
set -euo pipefail
cli=$1 shared=$2
seed="$shared/examples/seed"
if [ ! -f "$seed/article.txt" ]; then
  echo "SKIPPED: $seed not found (set LEDELINE_SHARED_DIR)"; exit 77
fi
# Kinds produced so far; each extraction issue adds its own.
kinds='^(meta\.|person|org|place|facility|group|role|time|quantity|quote)\b'
"$cli" annotate --format tsv "$seed/article.txt" > actual.tsv
grep -E "$kinds" "$seed/expected.tsv" > expected-now.tsv
"$shared/tools/check-expected" expected-now.tsv actual.tsv
