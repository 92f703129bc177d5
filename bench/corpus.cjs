// The fixed benchmark corpus, as plain text: the development sets of ../shared/data and synthetic long
// articles made from PolNeAR train paragraphs with a fixed seed. Writes one JSON object a line:
// {"set": ..., "text": ...}.
// usage: node corpus.cjs SHARED_DIR OUT.jsonl
'use strict';
const fs = require('fs');
const path = require('path');

const [shared, out] = process.argv.slice(2);
const data = path.join(shared, 'data');
const docs = [];
const add = (set, text) => { if (text.trim()) docs.push({ set, text }); };

// PolNeAR dev: 84 US political news articles, the "typical article" of the table.
const polnearDev = path.join(data, 'polnear', 'dev', 'text');
for (const f of fs.readdirSync(polnearDev).sort()) add('polnear-dev', fs.readFileSync(path.join(polnearDev, f), 'utf8'));

// TempEval-3 TimeBank and AQUAINT: the <TEXT> of each TimeML file without its tags.
const decodeXml = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
for (const corpus of ['TimeBank', 'AQUAINT']) {
  const dir = path.join(data, 'tempeval3', 'TBAQ-cleaned', corpus);
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.tml')).sort()) {
    const m = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(fs.readFileSync(path.join(dir, f), 'utf8'));
    if (m) add('tempeval3', decodeXml(m[1].replace(/<[^>]+>/g, '')).trim() + '\n');
  }
}

// CoNLL-2003 eng.testa: tokens joined back into text, one sentence a line.
const noSpaceBefore = new Set(['.', ',', ';', ':', '?', '!', ')', "'s", "n't", "'", '%']);
let sentence = [], lines = [];
const endSentence = () => {
  let s = '';
  for (const t of sentence) s += (s && !noSpaceBefore.has(t) && !s.endsWith('(') ? ' ' : '') + t;
  if (s) lines.push(s);
  sentence = [];
};
for (const line of fs.readFileSync(path.join(data, 'conll2003', 'eng.testa'), 'utf8').split('\n')) {
  if (line.startsWith('-DOCSTART-')) {
    endSentence();
    add('conll-testa', lines.join('\n') + '\n');
    lines = [];
  } else if (!line.trim()) {
    endSentence();
  } else {
    sentence.push(line.split(' ')[0]);
  }
}
endSentence();
add('conll-testa', lines.join('\n') + '\n');

// Four synthetic long articles of about 300 kB (50 times a typical article): paragraphs of PolNeAR
// train in a seeded random order.
const polnearTrain = path.join(data, 'polnear', 'train', 'text');
const paragraphs = [];
for (const f of fs.readdirSync(polnearTrain).sort())
  for (const p of fs.readFileSync(path.join(polnearTrain, f), 'utf8').split(/\n\s*\n/)) if (p.trim()) paragraphs.push(p.trim());
let seed = 20310314;
const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
for (let i = 0; i < 4; ++i) {
  let text = `Long Article ${i + 1}\n\n`;
  while (text.length < 300_000) text += paragraphs[Math.floor(random() * paragraphs.length)] + '\n\n';
  add('synthetic-long', text);
}

fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
const bySet = {};
for (const d of docs) (bySet[d.set] ??= { docs: 0, bytes: 0 }), bySet[d.set].docs++, (bySet[d.set].bytes += Buffer.byteLength(d.text));
console.error(`corpus: ${Object.entries(bySet).map(([s, v]) => `${s} ${v.docs} docs ${(v.bytes / 1e6).toFixed(2)} MB`).join(', ')}`);
