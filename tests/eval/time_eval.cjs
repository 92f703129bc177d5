#!/usr/bin/env node
// Time expressions on TempEval-3's TBAQ-cleaned (TimeBank + AQUAINT, 256 news documents), scored the
// way the TempEval-3 scorer does: strict (same span) and relaxed (overlapping span) precision, recall
// and F1; type and value accuracy over the relaxed matches; type and value F1 (an attribute counts when
// the span matches relaxed and the attribute is the gold one). Ledeline reads the TempEval-3 input form
// (the gold file with the tags of its TEXT removed) through `ledeline annotate --format timeml`;
// chrono-node (npm) reads the same text with the DCT as its reference date, in the same run.
// Then the time step's speed: the median of several runs of time_speed over the corpus text.
// Fails when a Ledeline figure drops below its floor. Exits 77 (skipped) without the shared data.
//
// With --verbose, first lists Ledeline's errors one a line, tab-separated, for sorting into classes:
// `value` (span matched, value differs), `missed` (gold not found), `spurious` (found, not in the gold),
// each with the file, its DCT, the words, the gold and Ledeline type and value, and the words around.
//
// usage: node time_eval.cjs [--verbose] LEDELINE TIME_SPEED SHARED_DIR
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

// A little under what Ledeline reaches, so that regressions fail the test.
const kFloors = { relaxedF1: 0.94, valueF1: 0.815 };  // speed is reported, not checked: timed tests flake on a shared machine

const args = process.argv.slice(2);
const verbose = args[0] === '--verbose';
const [cli, speedTool, shared] = verbose ? args.slice(1) : args;
const corpus = path.join(shared || '', 'data/tempeval3/TBAQ-cleaned');
if (!fs.existsSync(corpus)) {
  console.log(`SKIPPED: ${corpus} not found (set LEDELINE_SHARED_DIR)`);
  process.exit(77);
}

function decodeEntities(s) {
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (m, e) => {
    if (e === 'amp') return '&';
    if (e === 'lt') return '<';
    if (e === 'gt') return '>';
    if (e === 'quot') return '"';
    if (e === 'apos') return "'";
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

// The TEXT of a TimeML file without its tags, and its TIMEX3 elements as spans of that text.
function readTimeml(xml) {
  const open = xml.indexOf('<TEXT>'), close = xml.indexOf('</TEXT>');
  if (open < 0 || close < 0) throw new Error('no <TEXT>');
  const dctMatch = /<DCT>[\s\S]*?value="(\d{4}-\d{2}-\d{2})/.exec(xml);
  const body = xml.slice(open + 6, close);
  let text = '';
  const timexes = [];
  let current = null;
  const tag = /<(\/?)([A-Za-z0-9]+)([^>]*)>/g;
  let last = 0, m;
  while ((m = tag.exec(body))) {
    text += decodeEntities(body.slice(last, m.index));
    last = tag.lastIndex;
    if (m[2] !== 'TIMEX3') continue;
    if (!m[1]) {
      const attr = (name) => (new RegExp(`\\b${name}="([^"]*)"`).exec(m[3]) || [])[1] || '';
      current = { start: text.length, type: attr('type'), value: attr('value') };
    } else if (current) {
      current.end = text.length;
      timexes.push(current);
      current = null;
    }
  }
  text += decodeEntities(body.slice(last));
  return { head: xml.slice(0, open + 6), tail: xml.slice(close), text, timexes, dct: dctMatch && dctMatch[1] };
}

function escapeXml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// The words around an expression, the expression in brackets.
function around(text, e) {
  return `${text.slice(Math.max(0, e.start - 80), e.start)}[${text.slice(e.start, e.end)}]${text.slice(e.end, e.end + 40)}`;
}

// One-to-one matching of system to gold spans, relaxed (overlap), then the TempEval-3 figures.
// `errors`, when given, receives the value misses, missed and spurious expressions.
function score(docs, errors) {
  const t = { gold: 0, sys: 0, strict: 0, relaxed: 0, type: 0, value: 0 };
  for (const { gold, sys, file, dct, text } of docs) {
    t.gold += gold.length;
    t.sys += sys.length;
    const used = new Set();
    for (const g of gold) {
      let best = -1;
      sys.forEach((s, k) => {
        if (used.has(k) || s.start >= g.end || g.start >= s.end) return;
        if (best < 0 || (s.start === g.start && s.end === g.end)) best = k;
      });
      if (best < 0) {
        if (errors) errors.push(['missed', file, dct, text.slice(g.start, g.end), g.type, g.value, '', '', around(text, g)]);
        continue;
      }
      used.add(best);
      const s = sys[best];
      if (errors && s.value !== g.value)
        errors.push(['value', file, dct, text.slice(s.start, s.end), g.type, g.value, s.type, s.value, around(text, s)]);
      t.relaxed++;
      if (s.start === g.start && s.end === g.end) t.strict++;
      if (s.type === g.type) t.type++;
      if (s.value === g.value) t.value++;
    }
    if (errors)
      sys.forEach((s, k) => used.has(k) || errors.push(['spurious', file, dct, text.slice(s.start, s.end), '', '', s.type, s.value, around(text, s)]));
  }
  const f = (correct) => {
    const p = t.sys ? correct / t.sys : 0, r = t.gold ? correct / t.gold : 0;
    return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  return {
    gold: t.gold, sys: t.sys, strict: f(t.strict), relaxed: f(t.relaxed),
    typeAccuracy: t.relaxed ? t.type / t.relaxed : 0, valueAccuracy: t.relaxed ? t.value / t.relaxed : 0,
    typeF1: f(t.type).f1, valueF1: f(t.value).f1,
  };
}

// chrono-node's results as TIMEX3-like spans: the granularity it is certain of gives the value.
function chronoTimexes(chrono, text, dct) {
  const ref = new Date(`${dct}T12:00:00Z`);
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  return chrono.parse(text, { instant: ref, timezone: 0 }, { forwardDate: false }).map((r) => {
    const c = r.start;
    const y = c.get('year'), mo = c.get('month'), d = c.get('day');
    let value = pad(y, 4);
    if (c.isCertain('month') || c.isCertain('day') || c.isCertain('weekday')) value += `-${pad(mo)}`;
    if (c.isCertain('day') || c.isCertain('weekday')) value += `-${pad(d)}`;
    const time = c.isCertain('hour');
    if (time) value = `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(c.get('hour'))}:${pad(c.get('minute'))}`;
    return { start: r.index, end: r.index + r.text.length, type: time ? 'TIME' : 'DATE', value };
  });
}

const files = ['TimeBank', 'AQUAINT'].flatMap((d) =>
  fs.readdirSync(path.join(corpus, d)).filter((f) => f.endsWith('.tml')).sort().map((f) => path.join(corpus, d, f)));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ledeline-time-'));
const chrono = require('chrono-node');
const ours = [], theirs = [];
let changedText = 0, bytes = 0;
const corpusText = [];
for (const file of files) {
  const gold = readTimeml(fs.readFileSync(file, 'utf8'));
  bytes += Buffer.byteLength(gold.text);
  corpusText.push(gold.text);
  const input = path.join(work, path.basename(file) + '.TE3input');
  fs.writeFileSync(input, gold.head + escapeXml(gold.text) + gold.tail);
  const out = readTimeml(execFileSync(cli, ['annotate', '--format', 'timeml', input], { encoding: 'utf8' }));
  if (out.text !== gold.text) changedText++;
  ours.push({ gold: gold.timexes, sys: out.timexes, file: path.basename(file), dct: gold.dct, text: gold.text });
  theirs.push({ gold: gold.timexes, sys: chronoTimexes(chrono, gold.text, gold.dct) });
}

const pct = (x) => (100 * x).toFixed(1).padStart(5);
function print(name, s) {
  console.log(`${name.padEnd(12)} ${String(s.sys).padStart(5)}  ` +
              `${pct(s.strict.p)} ${pct(s.strict.r)} ${pct(s.strict.f1)}   ` +
              `${pct(s.relaxed.p)} ${pct(s.relaxed.r)} ${pct(s.relaxed.f1)}   ` +
              `${pct(s.typeAccuracy)} ${pct(s.typeF1)}   ${pct(s.valueAccuracy)} ${pct(s.valueF1)}`);
}
const errors = verbose ? [] : null;
const a = score(ours, errors), b = score(theirs);
if (errors) for (const e of errors) console.log(e.map((x) => String(x).replace(/\s+/g, ' ')).join('\t'));
console.log(`TBAQ-cleaned: ${files.length} documents, ${a.gold} gold TIMEX3, ${(bytes / 1e6).toFixed(2)} MB of text`);
console.log('system        found  strict P     R    F1    relaxed P     R    F1   type acc   F1   value acc  F1');
print('ledeline', a);
print('chrono-node', b);
if (changedText) console.log(`ledeline changed the text of ${changedText} documents`);

// Speed of the time step alone (the median of its runs), on the same text.
const textFile = path.join(work, 'corpus.txt');
fs.writeFileSync(textFile, corpusText.join('\n\n'));
const speed = JSON.parse(execFileSync(speedTool, [textFile, '15'], { encoding: 'utf8' }));
console.log(`time step: ${speed.median_mb_per_s.toFixed(1)} MB/s of processor time (median of ${speed.runs} runs over ` +
            `${(speed.bytes / 1e6).toFixed(2)} MB)`);
fs.rmSync(work, { recursive: true, force: true });

const failures = [];
if (a.relaxed.f1 < kFloors.relaxedF1) failures.push(`relaxed F1 ${pct(a.relaxed.f1)} < ${100 * kFloors.relaxedF1}`);
if (a.valueF1 < kFloors.valueF1) failures.push(`value F1 ${pct(a.valueF1)} < ${100 * kFloors.valueF1}`);
if (changedText) failures.push('the TimeML output changed the text');
if (failures.length) {
  console.log(`FAILED: ${failures.join('; ')}`);
  process.exit(1);
}
