#!/usr/bin/env node
// Robustness on Mozilla Readability's own test pages (129 hard real pages): every page must be read
// without error; agreement with what Readability extracts from them (title, byline, site name,
// language, publication day) is printed. Readability's output is not gold, so agreement has no floor.
// Exits 77 (skipped) without the shared data.
//
// usage: node readability_pages.cjs LEDELINE SHARED_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const [cli, shared] = process.argv.slice(2);
const dir = path.join(shared || '', 'data/readability');
if (!fs.existsSync(dir)) {
  console.log(`SKIPPED: ${dir} not found (set LEDELINE_SHARED_DIR)`);
  process.exit(77);
}
const pages = fs.readdirSync(dir).filter((p) => fs.existsSync(path.join(dir, p, 'source.html'))).sort();
const norm = (s) => String(s || '').replace(/\s+/g, ' ').trim().toLowerCase().replace(/^(by|von)\s+/, '');

const fields = { title: 0, byline: 0, siteName: 0, lang: 0, publishedTime: 0 };
const stated = { title: 0, byline: 0, siteName: 0, lang: 0, publishedTime: 0 };
const failures = [];
let withText = 0;
for (const page of pages) {
  const file = path.join(dir, page, 'source.html');
  const run = spawnSync(cli, ['annotate', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const lines = (run.stdout || '').split('\n').filter(Boolean);
  if (run.status !== 0 || lines.length !== 1) {
    failures.push(`${page}: exit ${run.status}, signal ${run.signal}: ${(run.stderr || '').trim().slice(0, 200)}`);
    continue;
  }
  const d = JSON.parse(lines[0]);
  if (d.text.trim()) withText++;
  const expected = JSON.parse(fs.readFileSync(path.join(dir, page, 'expected-metadata.json'), 'utf8'));
  const ours = { title: d.metadata.title, byline: d.metadata.authors.join(', '), siteName: d.metadata.site,
                 lang: d.metadata.language, publishedTime: d.metadata.published };
  for (const k of Object.keys(fields)) {
    let want = expected[k];
    if (!want) continue;
    stated[k]++;
    let got = ours[k];
    if (k === 'lang') (want = want.slice(0, 2)), (got = (got || '').slice(0, 2));
    if (k === 'publishedTime') (want = want.slice(0, 10)), (got = (got || '').slice(0, 10));
    if (norm(got) === norm(want)) fields[k]++;
  }
}
console.log(`Readability test pages: ${pages.length}, read without error: ${pages.length - failures.length}, with text: ${withText}`);
console.log('agreement with Readability where it states a value: ' +
            Object.keys(fields).map((k) => `${k} ${fields[k]}/${stated[k]}`).join(', '));
for (const f of failures) console.log(`FAIL: ${f}`);
process.exit(failures.length ? 1 : 0);
