#!/usr/bin/env bash
# The export formats from the command line (--format conll, webanno, csv, brat, timeml): each one
# parses, its offsets slice the text of the JSON written for the same file, and every name is in the
# CoNLL tags and the CSV rows.
# usage: export_formats.sh LEDELINE WORKDIR
set -uo pipefail
cli=$1 work=$2
rm -rf "$work" && mkdir -p "$work" && cd "$work" || exit 1
cat > story.txt <<'TXT'
 date 2031-03-14 Harbour Wire
Ferry Service Resumes After Storm

OSLO (Harbour Wire) The ferry to Kiel sailed again on Friday after a two-day storm, the operator Color Line said.

"We are back on schedule," said Ingrid Dahl, a spokeswoman for the company in Αθήνα, adding that 2,300 passengers had waited.
TXT
for format in json conll webanno csv brat timeml; do
  "$cli" annotate --format "$format" story.txt > "story.$format" || { echo "FAIL: --format $format exit status $?"; exit 1; }
done
python3 - <<'PY'
import csv, json, sys, xml.dom.minidom
doc = json.load(open("story.json"))
text, data = doc["text"], doc["text"].encode()
names = [a for a in doc["annotations"] if a["kind"] in ("person", "org", "place", "facility", "group", "misc")]
failures = []
def expect(ok, what):
    print(("ok: " if ok else "FAIL: ") + what)
    if not ok: failures.append(what)

rows = [l.split("\t") for l in open("story.conll", encoding="utf-8").read().split("\n") if l]
expect(all(len(r) == 5 and data[int(r[1]):int(r[2])].decode() == r[0] for r in rows), "conll: five columns, offsets slice the text")
tagged, end = 0, -1
for a in names:  # in the schema's order; a name inside or across an earlier one is not tagged
    if a["start"] >= end:
        tagged, end = tagged + 1, a["end"]
expect(sum(r[3].startswith("B-") for r in rows) == tagged, "conll: one B- tag per name that overlaps none before it")

anno = json.load(open("story.webanno"))
items = anno["first"]["items"]
expect(anno["@context"] == "http://www.w3.org/ns/anno.jsonld" and len(items) == len(doc["annotations"]), "webanno: a collection of every annotation")
expect(all(text[i["target"]["selector"][0]["start"]:i["target"]["selector"][0]["end"]] == i["target"]["selector"][1]["exact"] for i in items),
       "webanno: positions in code points select the exact text")

table = list(csv.reader(open("story.csv", encoding="utf-8", newline="")))
expect(table[0] == ["entity", "kind", "text", "start", "end", "rule", "origin"] and len(table) == len(names) + 1, "csv: a row per name")
expect(all(data[int(r[3]):int(r[4])].decode() == r[2] for r in table[1:]), "csv: offsets slice the text")

expect(any(l.startswith("T") for l in open("story.brat", encoding="utf-8")), "brat: text-bound lines")
dom = xml.dom.minidom.parse("story.timeml")
expect(len(dom.getElementsByTagName("TIMEX3")) > 1, "timeml: well-formed with TIMEX3s")
sys.exit(1 if failures else 0)
PY
