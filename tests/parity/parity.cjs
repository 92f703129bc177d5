// Parity: the WebAssembly core (run in node) must write byte for byte the JSON the native CLI writes,
// for the reference article and for edge inputs the project writes itself.
// usage: node --no-experimental-fetch parity.cjs LEDELINE_CORE_JS NATIVE_CLI WORKDIR [SHARED_DIR]
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { withBytesInHeap, withCString, takeBytes } = require('../../web/module_memory.js');

const [coreJs, cli, work, shared] = process.argv.slice(2);

// Inputs as raw bytes: each one a file for the CLI and a byte array for the module.
const inputs = {
  'header.txt': Buffer.from(' date 2031-03-14 Harbour Wire\nFerry Service Resumes After Storm\n\n' +
    'Fri 14th March 2031 | 07:10 AM\n\nThe ferry sailed again on Friday. \u201cWe are back,\u201d said Capt. Ana Ruiz.\n'),
  'plain.txt': Buffer.from('Storm Closes Port\nMarch 14, 2031\n\nThe port closed. Ships waited 3.5 hours.\n'),
  'unicode.txt': Buffer.from('Dvo\u0159\u00e1kov\u00e1 met \u0391\u03b8\u03ae\u03bd\u03b1 officials in \u041c\u043e\u0441\u043a\u0432\u0430. \ud83d\ude00 Done.\n'),
  'invalid-utf8.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe, 0x2e, 0x0a, 0xe2, 0x82]),
  'utf16le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hi there.\r\nSecond line.', 'utf16le')]),
  'crlf.txt': Buffer.from('Title Line\r\n\r\nBody one.\r\nBody two.\r\n'),
  'empty.txt': Buffer.alloc(0),
  'image.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
};

fs.mkdirSync(work, { recursive: true });
const files = [];
for (const [name, bytes] of Object.entries(inputs)) {
  const file = path.join(work, name);
  fs.writeFileSync(file, bytes);
  files.push(file);
}
const seed = shared && path.join(shared, 'examples', 'seed', 'article.txt');
if (seed && fs.existsSync(seed)) files.push(seed);
else console.log(`note: reference article not found under ${shared}; parity checked on the project's inputs only`);

function native(file) {
  const r = spawnSync(cli, ['annotate', file], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status === 0) return r.stdout.replace(/\n$/, '');
  const prefix = `ledeline: ${file}: `;
  const line = r.stderr.split('\n')[0];
  return JSON.stringify({ error: line.startsWith(prefix) ? line.slice(prefix.length) : line });
}

function wasm(core, file) {  // through the page's own helpers (web/module_memory.js)
  const out = withBytesInHeap(core, fs.readFileSync(file), (ptr, length) => withCString(core, file,
    (namePtr) => core._ledeline_annotate(ptr, length, namePtr)));
  return new TextDecoder().decode(takeBytes(core, out));
}

require(path.resolve(coreJs))().then((core) => {
  let failures = 0;
  for (const file of files) {
    const a = native(file), b = wasm(core, file);
    if (a === b) {
      console.log(`same: ${path.basename(file)} (${a.length} bytes of JSON)`);
    } else {
      failures++;
      let i = 0;
      while (i < a.length && a[i] === b[i]) i++;
      console.log(`DIFFERENT: ${file} at char ${i}\n native: ${a.slice(Math.max(0, i - 80), i + 80)}\n   wasm: ${b.slice(Math.max(0, i - 80), i + 80)}`);
    }
  }
  console.log(`${files.length - failures} of ${files.length} inputs identical`);
  process.exit(failures ? 1 : 0);
});
