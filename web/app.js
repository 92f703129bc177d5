// The page: starts the ImGui application module and the annotating Web Worker, opens the demo article,
// and annotates files dropped anywhere on the page. Files are read here (not through Emscripten's file
// system); their bytes go to the worker, and the JSON it returns to the application, which shows it.
// window.ledeline is the page's API; the tests use it too.
'use strict';

(() => {
  const kMaxInputBytes = 64 * 1024 * 1024;  // the core's default limit (core/include/ledeline/text_decoder.h)
  const notice = document.getElementById('notice');
  const dropHint = document.getElementById('drop-hint');

  function showNotice(message, kind) {
    notice.textContent = message;
    notice.className = kind;
    notice.hidden = false;
  }
  notice.addEventListener('click', () => { notice.hidden = true; });

  // [The annotating worker] One request at a time per message; answers come back by request id.
  const worker = new Worker('worker.js');
  const requests = new Map();
  let nextRequest = 1;
  worker.onmessage = (event) => {
    const { id, json, error } = event.data;
    const request = requests.get(id);
    requests.delete(id);
    if (error) request.reject(new Error(error));
    else request.resolve(new Uint8Array(json));
  };
  worker.onerror = (event) => {
    for (const request of requests.values()) request.reject(new Error(`the annotator failed: ${event.message}`));
    requests.clear();
  };

  // The UTF-8 JSON the core writes for `bytes`: a document, or {"error": ...}.
  function annotateInWorker(bytes, name) {
    return new Promise((resolve, reject) => {
      const id = nextRequest++;
      requests.set(id, { resolve, reject });
      const copy = bytes.slice().buffer;  // transferred: the caller keeps its bytes
      worker.postMessage({ id, bytes: copy, name }, [copy]);
    });
  }

  function toBytes(text) {
    return typeof text === 'string' ? new TextEncoder().encode(text) : new Uint8Array(text);
  }

  // The same JSON object as `ledeline annotate` writes; rejects with the core's message on bad input.
  async function annotate(text, name = 'text') {
    const result = JSON.parse(new TextDecoder().decode(await annotateInWorker(toBytes(text), name)));
    if (result.error !== undefined) throw new Error(result.error);
    return result;
  }

  // [The application module]
  const appReady = createLedelineApp({ canvas: document.getElementById('canvas') });
  let app = null;

  // Calls `entry(ptr, length)` with a copy of `bytes` in the module's heap.
  function withBytesInHeap(bytes, entry) {
    const ptr = app._malloc(Math.max(bytes.length, 1));
    app.HEAPU8.set(bytes, ptr);  // HEAPU8 read after _malloc: memory growth replaces the buffer
    try {
      return entry(ptr, bytes.length);
    } finally {
      app._free(ptr);
    }
  }

  function withCString(s, entry) {
    return withBytesInHeap(new TextEncoder().encode(`${s}\0`), (ptr) => entry(ptr));
  }

  // The string a C export returned, its memory given back; null for a null pointer.
  function takeString(ptr) {
    if (!ptr) return null;
    const s = app.UTF8ToString(ptr);
    app._free(ptr);
    return s;
  }

  // Adds a document to the workspace, annotates the bytes `read()` gives, and shows it. Rejects with
  // "name: reason" when it cannot; the document list shows the reason too.
  async function addDocument(name, read) {
    await appReady;
    const id = withCString(name, (ptr) => app._ledeline_app_add(ptr));
    try {
      const json = await annotateInWorker(await read(), name);
      const error = takeString(withBytesInHeap(json, (ptr, length) => app._ledeline_app_load(id, ptr, length)));
      if (error !== null) throw new Error(error);
    } catch (e) {
      withCString(e.message, (ptr) => app._ledeline_app_fail(id, ptr));
      throw new Error(`${name}: ${e.message}`);
    }
  }

  async function readFile(file) {
    if (file.size > kMaxInputBytes) {
      throw new Error(`input is ${file.size} bytes, over the limit of ${kMaxInputBytes} bytes (64 MiB); it was not read`);
    }
    return new Uint8Array(await file.arrayBuffer());
  }

  // Annotates several files at once; each that fails is named in the notice while the others go on.
  async function openFiles(files) {
    const results = await Promise.allSettled(files.map((file) => addDocument(file.name, () => readFile(file))));
    const errors = results.filter((r) => r.status === 'rejected').map((r) => r.reason.message);
    if (errors.length) showNotice(errors.join('\n'), 'error');
    else notice.hidden = true;
  }

  // Drops anywhere on the page; the hint shows while something is dragged over it.
  let dragDepth = 0;
  document.addEventListener('dragenter', (e) => { e.preventDefault(); dragDepth++; dropHint.hidden = false; });
  document.addEventListener('dragleave', () => { if (--dragDepth <= 0) { dragDepth = 0; dropHint.hidden = true; } });
  document.addEventListener('dragover', (e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; });
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    dragDepth = 0;
    dropHint.hidden = true;
    const files = e.dataTransfer ? Array.from(e.dataTransfer.files) : [];
    if (files.length) openFiles(files);
    else showNotice('Nothing to read in what was dropped: drop text files.', 'error');
  });

  async function openDemo() {
    await addDocument('demo-article.txt', async () => {
      const response = await fetch('demo-article.txt');
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      return new Uint8Array(await response.arrayBuffer());
    });
  }

  const ready = appReady.then((module) => { app = module; return openDemo(); });
  ready.catch((e) => showNotice(`Ledeline could not start: ${e.message}`, 'error'));

  window.ledeline = {
    ready,
    annotate,
    open: openFiles,
    // What the page shows: {name, annotations, marks, lines, documents: [{id, name, state, message}]}.
    current: () => (app ? JSON.parse(takeString(app._ledeline_app_current())) : null),
  };
})();
