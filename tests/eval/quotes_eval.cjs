// Attribution on PolNeAR dev (84 US political news articles, every attribution marked with Source, Cue
// and Content): Ledeline's `--format brat` output against the gold .ann, and compromise's quotation
// finder on the same texts.
//
// usage: node quotes_eval.cjs LEDELINE SHARED_DIR
// Figures (all offsets in code points, spans as sets of characters):
//   direct quotes: a gold Content that starts with a quotation mark; a predicted Content likewise. A
//     gold quote is found when the predicted direct quotes cover at least half of it; a predicted one is
//     right when at least half of it lies inside gold direct quotes. P, R, F1.
//   speaker accuracy: on found gold quotes that have a Source, the predicted quote overlapping it most
//     has a Source overlapping the gold Source, or a speaker name that names the same person (its last
//     word is in the gold Source).
//   all-attribution recall: gold Contents of any kind covered at least half by predicted Contents.
// Exits 77 without the corpus, 1 when a figure falls under its floor.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const [cli, shared] = process.argv.slice(2);
const corpus = path.join(shared || '', 'data/polnear/dev');
if (!cli || !shared) {
  console.error('usage: node quotes_eval.cjs LEDELINE SHARED_DIR');
  process.exit(2);
}
if (!fs.existsSync(path.join(corpus, 'text'))) {
  console.log(`SKIPPED: ${corpus} not found (set LEDELINE_SHARED_DIR)`);
  process.exit(77);
}

// Floors a little under the figures reached, so that regressions fail the test.
const FLOORS = { directF1: 0.91, speakerAccuracy: 0.88, allRecall: 0.54 };  // reached: 0.930, 0.903, 0.563
const QUOTE_MARKS = new Set(['"', '\u201C', '\u201D', '\u2018', '\u2019', "'", '\u00AB', '\u00BB']);

// brat standoff: text-bound annotations and the events joining them.
function parseBrat(ann) {
  const bounds = new Map(), events = [], notes = new Map();
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (line.startsWith('T')) {
      const [type, ...rest] = cols[1].split(' ');
      const frags = rest.join(' ').split(';').map((f) => f.split(' ').map(Number));
      bounds.set(cols[0], { type, frags, text: cols[2] || '' });
    } else if (line.startsWith('E')) {
      const roles = {};
      for (const part of cols[1].split(' ')) {
        const [role, id] = part.split(':');
        roles[role] = id;
      }
      events.push(roles);
    } else if (line.startsWith('#')) {
      const target = cols[1].split(' ')[1];
      const speaker = /speaker=([^;]*)/.exec(cols[2] || '');
      if (speaker) notes.set(target, speaker[1]);
    }
  }
  // One attribution per Content: its fragments, text, Source fragments and speaker name.
  const attributions = [];
  const byContent = new Map();
  for (const [id, b] of bounds) {
    if (b.type !== 'Content') continue;
    const a = { frags: b.frags, text: b.text, source: null, sourceText: '', speaker: notes.get(id) || '' };
    byContent.set(id, a);
    attributions.push(a);
  }
  for (const e of events) {
    const a = byContent.get(e.Content);
    if (a && e.Source && bounds.has(e.Source)) {
      a.source = bounds.get(e.Source).frags;
      a.sourceText = bounds.get(e.Source).text;
    }
  }
  return attributions;
}

const isDirect = (a) => a.text.length > 0 && QUOTE_MARKS.has(a.text[0]);
const size = (frags) => frags.reduce((n, [s, e]) => n + Math.max(0, e - s), 0);
// Characters of `frags` inside the union of `others` (each a list of fragments).
function covered(frags, others) {
  let n = 0;
  for (const [s, e] of frags) {
    const marks = new Uint8Array(Math.max(0, e - s));
    for (const o of others) for (const [os, oe] of o) for (let k = Math.max(s, os); k < Math.min(e, oe); ++k) marks[k - s] = 1;
    n += marks.reduce((x, y) => x + y, 0);
  }
  return n;
}
const overlaps = (a, b) => a.some(([s, e]) => b.some(([t, u]) => s < u && t < e));

function sameSpeaker(pred, gold) {
  if (pred.source && overlaps(pred.source, gold.source)) return true;
  const last = pred.speaker.trim().split(/\s+/).pop();
  return !!last && gold.sourceText.split(/[^\p{L}\p{N}'’-]+/u).includes(last);
}

function score(name, goldDocs, predDocs) {
  let dPred = 0, dPredRight = 0, dGold = 0, dFound = 0, spk = 0, spkRight = 0, all = 0, allFound = 0;
  for (let i = 0; i < goldDocs.length; ++i) {
    const gold = goldDocs[i], pred = predDocs[i];
    const goldDirect = gold.filter(isDirect), predDirect = pred.filter(isDirect);
    const goldDirectFrags = goldDirect.map((g) => g.frags), predDirectFrags = predDirect.map((p) => p.frags);
    for (const p of predDirect) {
      ++dPred;
      if (2 * covered(p.frags, goldDirectFrags) >= size(p.frags)) ++dPredRight;
    }
    for (const g of goldDirect) {
      ++dGold;
      if (2 * covered(g.frags, predDirectFrags) < size(g.frags)) continue;
      ++dFound;
      if (!g.source) continue;
      ++spk;
      let best = null, bestOverlap = 0;
      for (const p of predDirect) {
        const o = covered(g.frags, [p.frags]);
        if (o > bestOverlap) [best, bestOverlap] = [p, o];
      }
      if (best && sameSpeaker(best, g)) ++spkRight;
    }
    const predFrags = pred.map((p) => p.frags);
    for (const g of gold) {
      ++all;
      if (2 * covered(g.frags, predFrags) >= size(g.frags)) ++allFound;
    }
  }
  const p = dPred ? dPredRight / dPred : 0, r = dGold ? dFound / dGold : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  // A finder that never names a speaker (compromise) has no speaker accuracy to report.
  const namesSpeakers = predDocs.some((doc) => doc.some((a) => a.source || a.speaker));
  const figures = { directP: p, directR: r, directF1: f1, speakerAccuracy: spk && namesSpeakers ? spkRight / spk : null,
                    allRecall: allFound / all };
  const fmt = (x) => (x === null ? 'n/a' : x.toFixed(3));
  console.log(`${name.padEnd(11)} direct P ${fmt(p)} R ${fmt(r)} F1 ${fmt(f1)} (${dPredRight}/${dPred} predicted right, ` +
              `${dFound}/${dGold} gold found)  speaker acc ${fmt(figures.speakerAccuracy)}` +
              `${namesSpeakers ? ` (${spkRight}/${spk})` : ' (names no speakers)'}  ` +
              `all-attribution recall ${fmt(figures.allRecall)} (${allFound}/${all})`);
  return figures;
}

// compromise's quotations as Contents without speakers; its offsets count UTF-16 units from the first
// word inside the marks.
function compromiseAttributions(nlp, text) {
  const codePointAt = [];
  let cp = 0;
  for (const ch of text) {
    codePointAt.push(cp);
    if (ch.length === 2) codePointAt.push(cp);
    ++cp;
  }
  codePointAt.push(cp);
  return nlp(text).quotations().out('offset').map((q) => {
    let start = q.offset.start;
    if (start > 0 && QUOTE_MARKS.has(text[start - 1])) --start;
    const end = Math.min(text.length, q.offset.start + q.offset.length);
    const s = codePointAt[start], e = codePointAt[end];
    return { frags: [[s, e]], text: text.slice(start, end), source: null, sourceText: '', speaker: '' };
  });
}

const files = fs.readdirSync(path.join(corpus, 'text')).filter((f) => f.endsWith('.txt')).sort();
const annFiles = fs.readdirSync(path.join(corpus, 'attributions')).sort();
const goldDocs = [], oursDocs = [], peerDocs = [];
const nlp = require('compromise');
let oursMs = 0, peerMs = 0;
for (const f of files) {
  const base = f.slice(0, -4);
  const ann = annFiles.find((a) => a.startsWith(base + '_') && a.endsWith('.ann'));  // one annotator per text
  if (!ann) continue;
  const textPath = path.join(corpus, 'text', f);
  const text = fs.readFileSync(textPath, 'utf8');
  goldDocs.push(parseBrat(fs.readFileSync(path.join(corpus, 'attributions', ann), 'utf8')));
  let t = process.hrtime.bigint();
  oursDocs.push(parseBrat(execFileSync(cli, ['annotate', '--format', 'brat', textPath], { encoding: 'utf8' })));
  oursMs += Number(process.hrtime.bigint() - t) / 1e6;
  t = process.hrtime.bigint();
  peerDocs.push(compromiseAttributions(nlp, text));
  peerMs += Number(process.hrtime.bigint() - t) / 1e6;
}
console.log(`PolNeAR dev: ${goldDocs.length} texts (first .ann of each)`);
const ours = score('ledeline', goldDocs, oursDocs);
score('compromise', goldDocs, peerDocs);
console.log(`time: ledeline ${oursMs.toFixed(0)} ms (one process per text), compromise ${peerMs.toFixed(0)} ms`);
let failed = false;
for (const [key, floor] of Object.entries(FLOORS)) {
  const value = ours[key] ?? 0;
  if (value < floor) {
    console.log(`FAIL: ${key} ${value.toFixed(3)} under its floor ${floor}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
