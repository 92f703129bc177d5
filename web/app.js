// The page: starts the ImGui application module, opens the demo article, and annotates files dropped
// anywhere on the page. Files are read here (not through Emscripten's file system) and their bytes
// handed to the module. window.ledeline is the page's API; the tests use it too.
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

  const appReady = createLedelineApp({ canvas: document.getElementById('canvas') });

  // Calls `entry(bytesPtr, length, namePtr)` with copies of `bytes` and `name` in the module's heap.
  function withBytesInHeap(app, bytes, name, entry) {
    const bytesPtr = app._malloc(Math.max(bytes.length, 1));
    app.HEAPU8.set(bytes, bytesPtr);  // HEAPU8 read after _malloc: memory growth replaces the buffer
    const nameSize = app.lengthBytesUTF8(name) + 1;
    const namePtr = app._malloc(nameSize);
    app.stringToUTF8(name, namePtr, nameSize);
    try {
      return entry(bytesPtr, bytes.length, namePtr);
    } finally {
      app._free(bytesPtr);
      app._free(namePtr);
    }
  }

  // The string a C export returned, its memory given back; null for a null pointer.
  function takeString(app, ptr) {
    if (!ptr) return null;
    const s = app.UTF8ToString(ptr);
    app._ledeline_free(ptr);
    return s;
  }

  function toBytes(text) {
    return typeof text === 'string' ? new TextEncoder().encode(text) : new Uint8Array(text);
  }

  // The same JSON object as `ledeline annotate` writes; rejects with the core's message on bad input.
  async function annotate(text, name = 'text') {
    const app = await appReady;
    const result = JSON.parse(takeString(app, withBytesInHeap(app, toBytes(text), name, app._ledeline_annotate)));
    if (result.error !== undefined) throw new Error(result.error);
    return result;
  }

  // Annotates and shows a document in the view.
  async function show(bytes, name) {
    const app = await appReady;
    const error = takeString(app, withBytesInHeap(app, bytes, name, app._ledeline_app_show));
    if (error !== null) throw new Error(`${name}: ${error}`);
  }

  async function openFile(file) {
    if (file.size > kMaxInputBytes) {
      throw new Error(`${file.name}: input is ${file.size} bytes, over the limit of ${kMaxInputBytes} bytes ` +
                      '(64 MiB); it was not read');
    }
    await show(new Uint8Array(await file.arrayBuffer()), file.name);
  }

  async function openFiles(files) {
    const errors = [];
    for (const file of files) {
      try {
        await openFile(file);
      } catch (e) {
        errors.push(e.message);
      }
    }
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
    const response = await fetch('demo-article.txt');
    if (!response.ok) throw new Error(`demo-article.txt: ${response.status} ${response.statusText}`);
    await show(new Uint8Array(await response.arrayBuffer()), 'demo-article.txt');
  }

  let app = null;
  const ready = appReady.then((module) => { app = module; return openDemo(); });
  ready.catch((e) => showNotice(`Ledeline could not start: ${e.message}`, 'error'));

  window.ledeline = {
    ready,
    annotate,
    open: openFiles,
    // What the view shows: {name, annotations, marks, lines}, or null.
    current: () => (app ? JSON.parse(takeString(app, app._ledeline_app_current())) : null),
  };
})();
