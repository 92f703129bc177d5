#!/usr/bin/env node
// Reading saved web pages, on trafilatura's evaluation set (205 pages with hand-made gold): per-field
// accuracy (title, author, date at day precision) and the share of `with` snippets found and of
// `without` snippets wrongly kept; Mozilla Readability (npm, on jsdom) on the same pages in the same
// run, scored by the same code. Then HTML reading speed (median of several runs, HTML_SPEED).
// Fails when a Ledeline figure falls past its floor. Exits 77 (skipped) without the shared data.
//
// usage: node reading_eval.cjs LEDELINE HTML_SPEED SHARED_DIR
// READING_EVAL_LEDELINE_ONLY=1: Ledeline's side only (no Readability, no speed), for quick iteration.
// READING_EVAL_MISSES=1: one line per page and field that Ledeline misses, with the gold beside it.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

// A little under what Ledeline reaches (title 95.1, author 86.3, date 90.2, with 95.3, without 4.3 %),
// so that regressions fail; `without` is a ceiling. Speed in processor time: the 50 MB/s target.
const kFloors = { title: 94, author: 85, date: 89, with: 94, without: 5 };  // speed is reported, not checked: timed tests flake on a shared machine

const [cli, speed, shared] = process.argv.slice(2);
const dir = path.join(shared || '', 'data/trafilatura');
if (!fs.existsSync(path.join(dir, 'gold.jsonl'))) {
  console.log(`SKIPPED: ${dir}/gold.jsonl not found (set LEDELINE_SHARED_DIR)`);
  process.exit(77);
}
const gold = fs.readFileSync(path.join(dir, 'gold.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const files = gold.map((g) => path.join(dir, 'pages', g.file));

// Strings compared without case, white space differences or a leading "By".
const norm = (s) => String(s || '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const normName = (s) => norm(s).replace(/^(by|von|par|por)\s+/, '').replace(/[.,;:|]+$/, '');
// Several authors: the same set of names, however they are joined.
const nameSet = (s) => [...new Set(normName(Array.isArray(s) ? s.join(', ') : s).split(/\s*(?:,|;|&|\/|\band\b|\bund\b)\s*/).map(normName).filter(Boolean))].sort().join('|');
const day = (s) => (s || '').slice(0, 10);

function listMisses(read) {
  const clip = (s) => String(s || '').replace(/\s+/g, ' ').slice(0, 120);
  gold.forEach((g, i) => {
    const r = read[i] || { title: '', authors: '', date: '', text: '' };
    const miss = (field, got, want) => console.log(`MISS ${field.padEnd(7)} ${g.file}\n  got  ${clip(got)}\n  want ${clip(want)}`);
    if (norm(r.title) !== norm(g.title)) miss('title', r.title, g.title);
    if (nameSet(r.authors) !== nameSet(g.author)) miss('author', r.authors, g.author);
    if (day(r.date) !== day(g.date)) miss('date', r.date, g.date);
    const text = norm(r.text);
    for (const s of g.with || []) if (!text.includes(norm(s))) miss('with', `(${text.length} chars)`, s);
    for (const s of g.without || []) if (text.includes(norm(s))) miss('without', `(${text.length} chars)`, s);
  });
}

function score(name, read) {
  const t = { title: 0, author: 0, date: 0, withFound: 0, withAll: 0, withoutKept: 0, withoutAll: 0, n: gold.length };
  gold.forEach((g, i) => {
    const r = read[i] || { title: '', authors: '', date: '', text: '' };
    if (norm(r.title) === norm(g.title)) t.title++;
    if (nameSet(r.authors) === nameSet(g.author)) t.author++;
    if (day(r.date) === day(g.date)) t.date++;
    const text = norm(r.text);
    for (const s of g.with || []) { t.withAll++; if (text.includes(norm(s))) t.withFound++; }
    for (const s of g.without || []) { t.withoutAll++; if (text.includes(norm(s))) t.withoutKept++; }
  });
  const pct = (a, b) => (100 * a) / Math.max(1, b);
  const f = { title: pct(t.title, t.n), author: pct(t.author, t.n), date: pct(t.date, t.n),
              with: pct(t.withFound, t.withAll), without: pct(t.withoutKept, t.withoutAll) };
  console.log(`${name.padEnd(12)} title ${f.title.toFixed(1).padStart(5)} %  author ${f.author.toFixed(1).padStart(5)} %  ` +
              `date ${f.date.toFixed(1).padStart(5)} %  with ${f.with.toFixed(1).padStart(5)} %  without ${f.without.toFixed(1).padStart(5)} %`);
  return f;
}

// Ledeline: the command line on every page, one JSON line per page.
function readLedeline() {
  const out = execFileSync(cli, ['annotate', ...files], { maxBuffer: 1 << 30, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const byName = new Map();
  for (const line of out.split('\n').filter(Boolean)) {
    const d = JSON.parse(line);
    byName.set(d.name, { title: d.metadata.title, authors: d.metadata.authors.join(', '), date: d.metadata.published, text: d.text });
  }
  return files.map((f) => byName.get(f));
}

function readReadability() {
  let JSDOM, VirtualConsole, Readability;
  try {
    ({ JSDOM, VirtualConsole } = require('jsdom'));
    ({ Readability } = require('@mozilla/readability'));
  } catch (e) {
    console.log(`Readability not installed (${e.message.split('\n')[0]}): run scripts/setup`);
    return null;
  }
  const quiet = new VirtualConsole();
  return gold.map((g, i) => {
    try {
      const dom = new JSDOM(fs.readFileSync(files[i]), { url: g.url, virtualConsole: quiet });
      const a = new Readability(dom.window.document).parse() || {};
      dom.window.close();
      return { title: a.title, authors: a.byline, date: a.publishedTime, text: a.textContent };
    } catch (e) {
      return null;
    }
  });
}

console.log(`trafilatura evaluation set: ${gold.length} pages`);
const ledeline = readLedeline();
if (process.env.READING_EVAL_MISSES) listMisses(ledeline);
const ours = score('Ledeline', ledeline);
if (process.env.READING_EVAL_LEDELINE_ONLY) process.exit(0);
const theirs = readReadability();
if (theirs) score('Readability', theirs);

// Speed: the HTML reader alone on all pages, median of several runs.
const speedOut = execFileSync(speed, ['5', ...files], { encoding: 'utf8' });
process.stdout.write(speedOut);
const mbps = parseFloat((speedOut.match(/median ([\d.]+) MB\/s/) || [])[1] || '0');

const failures = [];
for (const k of ['title', 'author', 'date', 'with']) if (ours[k] < kFloors[k]) failures.push(`${k} ${ours[k].toFixed(1)} % < floor ${kFloors[k]} %`);
if (ours.without > kFloors.without) failures.push(`without ${ours.without.toFixed(1)} % > ceiling ${kFloors.without} %`);
for (const f of failures) console.log(`FAIL: ${f}`);
process.exit(failures.length ? 1 : 0);
