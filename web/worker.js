// The Web Worker that annotates and exports, so that the page stays responsive on long documents: it
// runs the core-only module (ledeline-core.js). Messages in and out, by request id:
//   {id, type: 'open', bytes: ArrayBuffer, name} -> {id, json: ArrayBuffer}: the UTF-8 JSON of the
//     document (the core's annotation, or {"error": ...}); a JSON export of the page comes back as it is
//   {id, type: 'export', json: Uint8Array, corrections, format, name} -> {id, files: [{name, type, text}]}:
//     the document (its JSON with the corrections' keys over it) in an export format
//   {id, error} when the module itself failed.
'use strict';
importScripts('ledeline-core.js');

const coreReady = createLedelineCore();

// Calls `entry(ptr, length)` with a copy of `bytes` in the module's heap.
function withBytesInHeap(core, bytes, entry) {
  const ptr = core._malloc(Math.max(bytes.length, 1));
  core.HEAPU8.set(bytes, ptr);  // HEAPU8 read after _malloc: memory growth replaces the buffer
  try {
    return entry(ptr, bytes.length);
  } finally {
    core._free(ptr);
  }
}

// The bytes of a C string the module returned, its memory given back.
function takeBytes(core, ptr) {
  const heap = core.HEAPU8;
  const bytes = heap.slice(ptr, heap.indexOf(0, ptr));  // a copy: the module's memory stays here
  core._ledeline_free(ptr);
  return bytes;
}

function open(core, bytes, name) {
  return withBytesInHeap(core, bytes, (bytesPtr, length) => {
    if (core._ledeline_is_document_json(bytesPtr, length)) return bytes.buffer;  // imported as it is
    const nameBytes = new TextEncoder().encode(`${name}\0`);
    return withBytesInHeap(core, nameBytes, (namePtr) => takeBytes(core, core._ledeline_annotate(bytesPtr, length, namePtr)).buffer);
  });
}

// What each format downloads: file name suffixes and types; brat's .txt is the text its offsets count in.
const kExports = {
  brat: [['.ann', 'text/plain'], ['.txt', 'text/plain']],
  conll: [['.conll', 'text/plain']],
  timeml: [['.tml', 'application/xml']],
  webanno: [['.jsonld', 'application/ld+json']],
  csv: [['.csv', 'text/csv']],
};

function exportDocument(core, { json, corrections, format, name }) {
  const doc = JSON.parse(new TextDecoder().decode(json));
  if (corrections) Object.assign(doc, JSON.parse(corrections));
  const base = name.replace(/(\.ledeline)?\.[^.]*$/, '');
  const corrected = JSON.stringify(doc);
  if (format === 'json') return [{ name: `${base}.ledeline.json`, type: 'application/json', text: corrected }];
  const kinds = kExports[format];
  if (!kinds) throw new Error(`unknown export format ${format}`);
  const formatBytes = new TextEncoder().encode(`${format}\0`);
  const result = JSON.parse(new TextDecoder().decode(withBytesInHeap(core, new TextEncoder().encode(corrected),
    (jsonPtr, length) => withBytesInHeap(core, formatBytes,
      (formatPtr) => takeBytes(core, core._ledeline_export(jsonPtr, length, formatPtr))))));
  if (result.error !== undefined) throw new Error(result.error);
  const texts = [result.file, doc.text];
  return kinds.map(([suffix, type], i) => ({ name: `${base}${suffix}`, type, text: texts[i] }));
}

onmessage = async (event) => {
  const { id, type } = event.data;
  try {
    const core = await coreReady;
    if (type === 'export') {
      postMessage({ id, files: exportDocument(core, event.data) });
    } else {
      const json = open(core, new Uint8Array(event.data.bytes), event.data.name);
      postMessage({ id, json }, [json]);
    }
  } catch (e) {
    postMessage({ id, error: `${type === 'export' ? 'the export' : 'the annotator'} failed: ${e.message || e}` });
  }
};
