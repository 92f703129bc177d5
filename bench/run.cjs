// The benchmark: Ledeline natively and as WebAssembly in node, and in the same run compromise, wink-nlp
// and chrono-node, over the same corpus; one table (see bench/README.md). Medians of RUNS runs.
// usage: node --no-experimental-fetch run.cjs NATIVE_BENCH WASM_BENCH_JS WEB_DIR SHARED_DIR WORK_DIR [RUNS]
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { spawnSync } = require('child_process');

const [nativeBench, wasmBenchJs, webDir, shared, work, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 5);
const node = [process.execPath, '--no-experimental-fetch'];

function measured(what, command, args) {  // runs a child under /usr/bin/time; its JSON and peak memory
  console.error(`bench: ${what}...`);
  const r = spawnSync('/usr/bin/time', ['-f', 'peak_rss_kb=%M', command, ...args],
                      { encoding: 'utf8', maxBuffer: 1 << 28, cwd: __dirname });
  const peak = /peak_rss_kb=(\d+)/.exec(r.stderr || '');
  if (r.status !== 0 || !peak) throw new Error(`${what} failed (${r.status}): ${r.stderr}`);
  return { ...JSON.parse(r.stdout), peakMb: Number(peak[1]) / 1024 };
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const sum = (o) => Object.values(o).reduce((a, b) => a + b, 0);

// The corpus, and what every engine is measured against: bytes, words, Ledeline's token count.
fs.mkdirSync(work, { recursive: true });
const corpusFile = path.join(work, 'corpus.jsonl');
const made = spawnSync(process.execPath, [path.join(__dirname, 'corpus.cjs'), shared, corpusFile], { stdio: 'inherit' });
if (made.status !== 0) process.exit(1);
const corpus = fs.readFileSync(corpusFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const words = {};
for (const d of corpus) words[d.set] = (words[d.set] || 0) + d.text.split(/\s+/).filter(Boolean).length;

const native = measured('ledeline native', nativeBench, [corpusFile, String(runs)]);
const wasm = measured('ledeline WebAssembly (bench program)', node[0], [node[1], wasmBenchJs, corpusFile, String(runs)]);
const coreJs = path.join(webDir, 'ledeline-core.js');
const engine = (name, n) => measured(name, node[0], [node[1], 'engines.cjs', name, corpusFile, String(n), coreJs]);
const wasmCore = engine('ledeline-wasm', runs);
const peers = { compromise: engine('compromise', Math.min(runs, 3)), 'wink-nlp': engine('wink-nlp', runs),
                'chrono-node': engine('chrono-node', Math.min(runs, 3)) };

const sets = native.sets;
// The real articles (the development sets) and the synthetic long ones are reported apart: some
// engines slow down on long documents, which would hide their speed on articles.
const isLong = (set) => set === 'synthetic-long';
const sizeOf = (pick, key) => Object.entries(sets).filter(([s]) => pick(s)).reduce((a, [, v]) => a + v[key], 0);
const articleBytes = sizeOf((s) => !isLong(s), 'bytes'), articleTokens = sizeOf((s) => !isLong(s), 'tokens');
const longBytes = sizeOf(isLong, 'bytes');
const seconds = (perRun, pick) => median(perRun.map((t) => Object.entries(t).filter(([s]) => pick(s)).reduce((a, [, x]) => a + x, 0)));
// Figures of one row from per-run {set: seconds}.
function figures(perRun, peakMb) {
  const articles = seconds(perRun, (s) => !isLong(s));
  return { mbs: articleBytes / 1e6 / articles, tokens: articleTokens / articles,
           longMbs: longBytes / 1e6 / seconds(perRun, isLong),
           ms800: seconds(perRun, (s) => s === 'polnear-dev') / words['polnear-dev'] * 800 * 1000, peakMb };
}
const rows = [];
const addProgram = (label, result) => {
  rows.push({ label: `${label}: total`, ...figures(result.runs.map((r) => r.total), result.peakMb), total: true });
  for (const step of result.step_order)
    rows.push({ label: `  ${step}`, ...figures(result.runs.map((r) => r.steps[step] || {}), null) });
};
addProgram('Ledeline native', native);
addProgram('Ledeline WebAssembly in node', wasm);
rows.push({ label: 'Ledeline WebAssembly, page module API', ...figures(wasmCore.runs.map((r) => r.total), wasmCore.peakMb), total: true });
const peerFigures = {};
for (const [name, result] of Object.entries(peers)) {
  peerFigures[name] = figures(result.runs.map((r) => r.total), result.peakMb);
  rows.push({ label: name, ...peerFigures[name] });
}

const f = (x, d = 1) => (x == null ? '' : x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(d));
const lines = [];
lines.push(`Corpus: ${Object.entries(sets).map(([s, v]) => `${s} ${v.docs} docs ${(v.bytes / 1e6).toFixed(2)} MB`).join(', ')}; ` +
           `articles (all but synthetic-long): ${(articleBytes / 1e6).toFixed(2)} MB, ${articleTokens.toLocaleString('en-US')} tokens by Ledeline's count, used for every row.`);
lines.push(`Medians of ${runs} runs of CPU time (the machine is shared) (compromise and chrono-node: ${Math.min(runs, 3)}), one core. ms per 800-word article: PolNeAR dev scaled to 800 words. ` +
           `Ratios: articles MB/s over the peer's.`);
lines.push('');
const names = Object.keys(peers);
lines.push(`| engine / step | articles MB/s | tokens/s | ms per 800-word article | long articles MB/s | peak memory MB | ${names.map((n) => `× ${n}`).join(' | ')} |`);
lines.push(`|---|---:|---:|---:|---:|---:|${names.map(() => '---:').join('|')}|`);
for (const r of rows) {
  const ratios = names.map((n) => (r.total ? f(r.mbs / peerFigures[n].mbs, 2) : ''));
  lines.push(`| ${r.label.replace(/^  /, '&nbsp;&nbsp;')} | ${f(r.mbs, 2)} | ${f(r.tokens)} | ${f(r.ms800, 3)} | ${f(r.longMbs, 2)} | ${f(r.peakMb)} | ${ratios.join(' | ')} |`);
}
const nativeTotal = rows[0], wasmTotal = rows.find((r) => r.label.startsWith('Ledeline WebAssembly in node'));
lines.push('');
lines.push(`WebAssembly / native: ${(wasmTotal.mbs / nativeTotal.mbs).toFixed(2)} (bench program), ` +
           `${(rows.find((r) => r.label.includes('page module')).mbs / nativeTotal.mbs).toFixed(2)} (page module, JSON to a JS string included).`);

// The served page: every file of the web folder, raw and gzipped.
if (fs.existsSync(webDir)) {
  lines.push('');
  lines.push('| served file | bytes | gzip -9 bytes |');
  lines.push('|---|---:|---:|');
  let raw = 0, gz = 0;
  for (const file of fs.readdirSync(webDir).sort()) {
    const p = path.join(webDir, file);
    if (!fs.statSync(p).isFile()) continue;
    const bytes = fs.readFileSync(p);
    const g = zlib.gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length; gz += g;
    lines.push(`| ${file} | ${bytes.length.toLocaleString('en-US')} | ${g.toLocaleString('en-US')} |`);
  }
  lines.push(`| all | ${raw.toLocaleString('en-US')} | ${gz.toLocaleString('en-US')} |`);

  // From page load to the first annotated frame in Chromium (see first_frame.cjs): wall clock, as a
  // reader waits it, so it also counts the time others ran on this shared machine.
  console.error('bench: first annotated frame in Chromium...');
  const loads = 5;
  const frame = spawnSync(process.execPath, [path.join(__dirname, 'first_frame.cjs'), webDir, String(loads)],
                          { encoding: 'utf8', cwd: __dirname });
  if (frame.status !== 0) throw new Error(`first_frame.cjs failed (${frame.status}): ${frame.stderr}`);
  const ms = JSON.parse(frame.stdout).loads_ms;
  lines.push('');
  lines.push(`First annotated frame in Chromium: ${Math.round(median(ms)).toLocaleString('en-US')} ms, median of ${loads} loads ` +
             `(${ms.map((x) => Math.round(x).toLocaleString('en-US')).join(', ')} ms): from navigation start to the first ` +
             'animation frame that shows the demo article with its highlights, each load in a fresh profile ' +
             '(nothing cached), the page served from 127.0.0.1, headless Chromium drawing WebGL with SwiftShader.');
}
console.log(lines.join('\n'));
