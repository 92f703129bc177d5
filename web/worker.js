// The Web Worker that annotates, so that the page stays responsive on long documents: it runs the
// core-only module (ledeline-core.js). Message in: {id, bytes: ArrayBuffer, name}; out: {id, json:
// ArrayBuffer} holding the UTF-8 JSON the core wrote (a document, or {"error": ...}), or {id, error}
// when the module itself failed.
'use strict';
importScripts('ledeline-core.js');

const coreReady = createLedelineCore();

function annotate(core, bytes, name) {
  const bytesPtr = core._malloc(Math.max(bytes.length, 1));
  core.HEAPU8.set(bytes, bytesPtr);  // HEAPU8 read after _malloc: memory growth replaces the buffer
  const nameSize = core.lengthBytesUTF8(name) + 1;
  const namePtr = core._malloc(nameSize);
  core.stringToUTF8(name, namePtr, nameSize);
  const out = core._ledeline_annotate(bytesPtr, bytes.length, namePtr);
  core._free(bytesPtr);
  core._free(namePtr);
  const heap = core.HEAPU8;
  const json = heap.slice(out, heap.indexOf(0, out)).buffer;  // a copy: the module's memory stays here
  core._ledeline_free(out);
  return json;
}

onmessage = async (event) => {
  const { id, bytes, name } = event.data;
  try {
    const json = annotate(await coreReady, new Uint8Array(bytes), name);
    postMessage({ id, json }, [json]);
  } catch (e) {
    postMessage({ id, error: `the annotator failed: ${e.message || e}` });
  }
};
