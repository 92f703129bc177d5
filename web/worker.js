// The Web Worker that annotates and exports, so that the page stays responsive on long documents: it
// runs the core-only module (ledeline-core.js). Messages in and out, by request id:
//   {id, type: 'open', bytes: ArrayBuffer, name} -> {id, json: ArrayBuffer, view: ArrayBuffer}: the UTF-8
//     JSON of the document (the core's annotation, or {"error": ...}; the project's JSON, such as a JSON
//     export of the page, as it is) and its view form (wasm/document_binary.h; empty on error), which the
//     page shows without parsing JSON
//   {id, type: 'export', json: Uint8Array, corrected: Uint8Array, format, name} -> {id, file: {name,
//     type, data}}: the document (its JSON with the annotations and entries of `corrected`, its view
//     form as corrected; empty: none) in an export format, one file (a ZIP archive for brat's two)
//   {id, type: 'retime', json: Uint8Array, corrected: Uint8Array, dct} -> {id, json, view}: the document
//     with its times resolved against the reference date `dct` (YYYY-MM-DD; '': the publication date):
//     its JSON as the rules annotate it, and its view form as corrected by `corrected` (a view form;
//     empty: none), a person's time corrections and deletions kept; the same answer as 'open', its JSON
//     {"error": ...} when it cannot
//   {id, type: 'suggest_time', text: Uint8Array, dct} -> {id, time}: what a person marked as a time (its
//     UTF-8 text) resolved against `dct` ('': none): {start, end, rule, attrs: {type, value, ...}}, the
//     offsets in bytes of `text`, or null when the rules find no time in it
//   {id, error} when the module itself failed.
'use strict';
importScripts('ledeline-core.js', 'module_memory.js', 'zip.js');

const coreReady = createLedelineCore();

// Calls `call(sizesPtr)`, an export that returns a JSON and a view form in one buffer with their sizes at
// sizesPtr and sizesPtr + 4 (ledeline_open, ledeline_retime); returns them as two ArrayBuffers.
function jsonAndView(core, call) {
  const sizes = new Uint32Array(2);
  const out = withBytesInHeap(core, new Uint8Array(sizes.buffer), (sizesPtr) => {
    const ptr = call(sizesPtr);
    sizes.set(new Uint32Array(core.HEAPU8.buffer, sizesPtr, 2));
    return ptr;
  });
  const heap = core.HEAPU8;  // copies: the module's memory stays here
  const json = heap.slice(out, out + sizes[0]).buffer;
  const view = heap.slice(out + sizes[0], out + sizes[0] + sizes[1]).buffer;
  core._free(out);
  return { json, view };
}

function open(core, { bytes, name }) {
  return withBytesInHeap(core, new Uint8Array(bytes), (bytesPtr, length) => withCString(core, name,
    (namePtr) => jsonAndView(core, (sizesPtr) => core._ledeline_open(bytesPtr, length, namePtr, sizesPtr, sizesPtr + 4))));
}

function retime(core, { json, corrected, dct }) {
  return withBytesInHeap(core, json, (jsonPtr, jsonSize) => withBytesInHeap(core, corrected,
    (correctedPtr, correctedSize) => withCString(core, dct, (dctPtr) => jsonAndView(core,
      (sizesPtr) => core._ledeline_retime(jsonPtr, jsonSize, correctedPtr, correctedSize, dctPtr, sizesPtr, sizesPtr + 4)))));
}

function suggestTime(core, { text, dct }) {
  const answer = JSON.parse(new TextDecoder().decode(withBytesInHeap(core, text, (textPtr, textSize) =>
    withCString(core, dct, (dctPtr) => takeBytes(core, core._ledeline_suggest_time(textPtr, textSize, dctPtr))))));
  if (answer.error !== undefined) throw new Error(answer.error);
  return answer.attrs ? answer : null;
}

// What each format downloads: file name suffixes and types; brat's .txt is the text its offsets count in.
const kExports = {
  json: [['.ledeline.json', 'application/json']],
  brat: [['.ann', 'text/plain'], ['.txt', 'text/plain']],
  conll: [['.conll', 'text/plain']],
  timeml: [['.tml', 'application/xml']],
  webanno: [['.jsonld', 'application/ld+json']],
  csv: [['.csv', 'text/csv']],
};

function exportDocument(core, { json, corrected, format, name }) {
  const kinds = kExports[format];
  if (!kinds) throw new Error(`unknown export format ${format}`);
  const result = JSON.parse(new TextDecoder().decode(withBytesInHeap(core, json,
    (jsonPtr, jsonSize) => withBytesInHeap(core, corrected, (correctedPtr, correctedSize) => withCString(core, format,
      (formatPtr) => takeBytes(core, core._ledeline_export(jsonPtr, jsonSize, correctedPtr, correctedSize, formatPtr)))))));
  if (result.error !== undefined) throw new Error(result.error);
  const base = name.replace(/(\.ledeline)?\.[^.]*$/, '');
  const files = kinds.map(([suffix, type], i) => ({ name: `${base}${suffix}`, type, data: result.files[i] }));
  if (files.length === 1) return files[0];
  return { name: `${base}.${format}.zip`, type: 'application/zip',
           data: zipStored(files.map((f) => ({ name: f.name, text: f.data }))) };
}

onmessage = async (event) => {
  const { id, type } = event.data;
  try {
    const core = await coreReady;
    if (type === 'export') {
      postMessage({ id, file: exportDocument(core, event.data) });
    } else if (type === 'suggest_time') {
      postMessage({ id, time: suggestTime(core, event.data) });
    } else {
      const { json, view } = type === 'retime' ? retime(core, event.data) : open(core, event.data);
      postMessage({ id, json, view }, [json, view]);
    }
  } catch (e) {
    postMessage({ id, error: `${type === 'export' ? 'the export' : 'the annotator'} failed: ${e.message || e}` });
  }
};
