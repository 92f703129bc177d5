#!/usr/bin/env bash
# Batch mode: JSON Lines in, one record out per document in input order; bad lines give error records
# and do not stop the others; 1 and 2 threads write the same bytes.
# usage: batch_jsonl.sh LEDELINE WORKDIR
set -uo pipefail
cli=$1 work=$2
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# 600 documents of varied length (so that workers finish out of order), bad lines among them.
python3 - <<'PY'
import json, random
rng = random.Random(8)
words = ("the port of Hamburg closed on Friday after a storm said Capt. Ana Ruiz who runs ferries "
         "between islands 3.5 hours late in March 2031 officials in Prague and Washington confirmed").split()
with open("in.jsonl", "w") as f:
    for i in range(1, 601):
        if i % 97 == 0:
            f.write("{broken\n")
        elif i % 101 == 0:
            f.write('{"title": "no article"}\n')
        elif i % 150 == 0:
            f.write("\n")  # blank lines give no record
        else:
            n = rng.choice([5, 40, 800, 3000])
            text = "Title %d\n\n" % i + " ".join(rng.choice(words) for _ in range(n)) + "."
            f.write(json.dumps({"id": i, "text": text}) + "\n")
PY
"$cli" annotate --input jsonl --threads 1 - < in.jsonl > out1.jsonl || fail "exit status $? with 1 thread"
"$cli" annotate --input jsonl --threads 2 - < in.jsonl > out2.jsonl || fail "exit status $? with 2 threads"
"$cli" annotate --input jsonl - < in.jsonl > outall.jsonl || fail "exit status $? with every core"
cmp -s out1.jsonl out2.jsonl || fail "1 and 2 threads differ"
cmp -s out1.jsonl outall.jsonl || fail "1 thread and every core differ"
python3 - <<'PY' || failures=$((failures + 1))
import json, sys
records = [json.loads(l) for l in open("out1.jsonl")]
lines = [l for l in open("in.jsonl")]
want = [n for n, l in enumerate(lines, 1) if l.strip()]
got = [r["line"] if "error" in r else int(r["name"].split(":")[1]) for r in records]
errors = [r["line"] for r in records if "error" in r]
ok = True
if got != want:
    print("FAIL: records are not one per non-blank line in input order"); ok = False
if errors != [n for n in want if n % 97 == 0 or n % 101 == 0]:
    print("FAIL: error records at lines", errors); ok = False
print(f"ok: {len(records)} records, {len(errors)} error records, in input order")
sys.exit(0 if ok else 1)
PY
# A line over the limit is an error record; the lines after it are still read.
printf '{"text": "%s"}\n{"text": "Short."}\n' "$(head -c 5000 /dev/zero | tr '\0' a)" > long.jsonl
"$cli" annotate --input jsonl --max-input-bytes 1000 long.jsonl > long.out
grep -q '^{"error":"line over the limit of 1000 bytes' long.out || fail "long line: $(head -c 200 long.out)"
[ "$(sed -n 2p long.out | cut -c1-32)" = '{"schema":"ledeline/1","name":"l' ] || fail "line after the long one: $(sed -n 2p long.out | head -c 200)"
"$cli" annotate --input jsonl --format tsv - < /dev/null 2> err.txt && fail "--format tsv accepted in batch mode"
exit $((failures > 0))
