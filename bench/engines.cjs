// Runs one JavaScript engine over the benchmark corpus in its own process, so that its peak memory is
// its own. Prints {"runs": [{"total": {set: CPU seconds}}, ...]}.
// usage: node --no-experimental-fetch engines.cjs ENGINE CORPUS.jsonl RUNS [LEDELINE_CORE_JS]
// ENGINE: ledeline-wasm (the page's module ledeline-core.js, through its exported C API),
//         compromise, wink-nlp, chrono-node: each doing its nearest job to Ledeline's.
'use strict';
const fs = require('fs');
const path = require('path');
const { withBytesInHeap, withCString, takeBytes } = require('../web/module_memory.js');

const [engine, corpusFile, runsArg, coreJs] = process.argv.slice(2);
const corpus = fs.readFileSync(corpusFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

async function load() {
  switch (engine) {
    case 'compromise': {
      const nlp = require('compromise');
      // Entities, quotations and numbers: the nearest of its jobs to entities, quotes and quantities.
      return (text) => {
        const doc = nlp(text);
        return doc.people().out('array').length + doc.places().out('array').length +
               doc.organizations().out('array').length + doc.quotations().out('array').length +
               doc.numbers().out('array').length;
      };
    }
    case 'wink-nlp': {
      const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
      // Its whole pipeline: tokens, sentences, named entities (dates, times, numbers, money included).
      return (text) => {
        const doc = nlp.readDoc(text);
        return doc.tokens().length() + doc.sentences().length() + doc.entities().out().length;
      };
    }
    case 'chrono-node': {
      const chrono = require('chrono-node');
      const reference = new Date(Date.UTC(2016, 8, 15));
      return (text) => chrono.parse(text, reference).length;  // time expressions
    }
    case 'ledeline-wasm': {
      const core = await require(path.resolve(coreJs))();
      return (text) => {  // as the page calls it: bytes in, the JSON read back into a JavaScript string
        const out = withBytesInHeap(core, Buffer.from(text, 'utf8'), (ptr, length) => withCString(core, 'bench',
          (name) => core._ledeline_annotate(ptr, length, name)));
        return new TextDecoder().decode(takeBytes(core, out)).length;
      };
    }
    default:
      throw new Error(`unknown engine ${engine}`);
  }
}

load().then((annotate) => {
  for (const d of corpus.filter((d) => d.set === 'polnear-dev')) annotate(d.text);  // warm the JIT
  const runs = [];
  for (let r = 0; r < Number(runsArg); ++r) {
    const total = {};
    for (const d of corpus) {
      const t = process.cpuUsage();  // CPU time, as the bench program measures it
      annotate(d.text);
      const u = process.cpuUsage(t);
      total[d.set] = (total[d.set] || 0) + (u.user + u.system) / 1e6;
    }
    runs.push({ total });
  }
  process.stdout.write(JSON.stringify({ runs }) + '\n');
});
