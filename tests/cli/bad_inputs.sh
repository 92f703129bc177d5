#!/usr/bin/env bash
# Bad and large inputs: a clear one-line error and a non-zero exit, or a warning and exit 0;
# never a crash; the other files of the same call are still annotated.
# usage: bad_inputs.sh LEDELINE WORKDIR
set -uo pipefail
cli=$1 work=$2
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
failures=0
check() {  # description, expected status, expected stderr pattern ("" = nothing on stderr), command...
  local what=$1 want=$2 pattern=$3; shift 3
  "$@" > out.json 2> err.txt
  local got=$?
  local said=ok
  if [ -z "$pattern" ]; then [ -s err.txt ] && said=; else grep -qE "$pattern" err.txt || said=; fi
  if [ "$got" != "$want" ] || [ -z "$said" ]; then
    echo "FAIL: $what: exit $got (want $want), stderr: $(head -c 300 err.txt)"; failures=$((failures + 1))
  else
    echo "ok: $what: $(head -n 1 err.txt)"
  fi
}
printf 'A short article.\n\nIt has two paragraphs.\n' > good.txt
: > empty.txt
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1\0\0\0\1\x08\x06\0\0\0\x1f\x15\xc4\x89' > image.png
printf 'Caf\xe9 au lait, na\xefve \xff\xfe text.\n' > latin1.txt
printf 'Babi\xc5\xa1 said: caf\xe9 \xff text.\n' > broken-utf8.txt
printf '\xff\xfeH\0i\0 \0t\0h\0e\0r\0e\0.\0' > utf16.txt

check "empty file" 1 "empty.txt: empty input" "$cli" annotate empty.txt
check "PNG" 1 "image.png: binary input \(PNG image\)" "$cli" annotate image.png
check "missing file" 1 "nope.txt: No such file" "$cli" annotate nope.txt
check "Latin-1 is read as Windows-1252" 0 "latin1.txt: warning: read as Windows-1252: 4 byte" "$cli" annotate latin1.txt
grep -q 'Café au lait, naïve ÿþ text' out.json || { echo "FAIL: Latin-1 not decoded: $(head -c 300 out.json)"; failures=$((failures + 1)); }
check "damaged UTF-8 is annotated" 0 "broken-utf8.txt: warning: 2 byte sequence" "$cli" annotate broken-utf8.txt
grep -q 'caf\\ufffd\|caf�' out.json || { echo "FAIL: U+FFFD not in output"; failures=$((failures + 1)); }
check "UTF-16 with BOM is text" 0 "" "$cli" annotate utf16.txt
grep -q '"text":"Hi there."' out.json || { echo "FAIL: UTF-16 not decoded: $(head -c 200 out.json)"; failures=$((failures + 1)); }
check "bad files do not stop the good ones" 1 "empty.txt: empty input" "$cli" annotate empty.txt good.txt image.png
[ "$(wc -l < out.json)" = 1 ] || { echo "FAIL: good.txt not written"; failures=$((failures + 1)); }
check "stdin" 0 "" sh -c "'$cli' annotate - < good.txt"

# 50 MB of article text is annotated; 100 MB is refused before it is read.
python3 - <<'PY'
para = ("Prime Minister Andrej Babis said on Saturday that 24 officers would return to Iraq. "
        "Lt. Magdalena Dvorakova, a spokeswoman, confirmed it on Jan. 7 in Prague.\n\n")
with open("big50.txt", "w") as f:
    f.write(para * (50_000_000 // len(para)))
with open("big100.txt", "wb") as f:
    f.truncate(100_000_000)
PY
check "50 MB article" 0 "" "$cli" annotate --format tsv big50.txt
check "100 MB refused" 1 "big100.txt: input is 100000000 bytes, over the limit of 67108864 bytes" "$cli" annotate big100.txt
check "limit is configurable" 1 "over the limit of 10 bytes" "$cli" annotate --max-input-bytes 10 good.txt
rm -f big50.txt big100.txt
exit $((failures > 0))
