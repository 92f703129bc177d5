// Bytes into and out of an Emscripten module's memory, one way for every caller: the page (app.js), its
// worker (worker.js) and the node tests and benchmark, so that they call the modules as the page does.
'use strict';

// Calls `entry(ptr, length)` with a copy of `bytes` in the module's heap, freed afterwards.
function withBytesInHeap(wasm, bytes, entry) {
  const ptr = wasm._malloc(Math.max(bytes.length, 1));
  wasm.HEAPU8.set(bytes, ptr);  // HEAPU8 read after _malloc: memory growth replaces the buffer
  try {
    return entry(ptr, bytes.length);
  } finally {
    wasm._free(ptr);
  }
}

// Calls `entry(ptr)` with `s` in the module's heap as a NUL-terminated UTF-8 string.
function withCString(wasm, s, entry) {
  return withBytesInHeap(wasm, new TextEncoder().encode(`${s}\0`), (ptr) => entry(ptr));
}

// A copy of the `length` bytes at `ptr` (to the NUL when no length is given), whose memory the module
// allocated with malloc and is given back here.
function takeBytes(wasm, ptr, length) {
  const heap = wasm.HEAPU8;
  const bytes = heap.slice(ptr, length === undefined ? heap.indexOf(0, ptr) : ptr + length);
  wasm._free(ptr);
  return bytes;
}

if (typeof module === 'object') module.exports = { withBytesInHeap, withCString, takeBytes };
