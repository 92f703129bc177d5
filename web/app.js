// The page: starts the ImGui application module and the annotating Web Worker, restores the saved
// workspace (or opens the demo article), and annotates files dropped anywhere on the page (or picked
// with the Open button); a JSON export of the page is imported as it is. Files are read here (not
// through Emscripten's file system); their bytes go to the worker, and the JSON it returns to the
// application, which shows it. Documents and corrections are saved in IndexedDB as they happen; the
// worker writes the exports.
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

  // [The worker] One request a message (see web/worker.js); answers come back by request id.
  const worker = new Worker('worker.js');
  const requests = new Map();
  let nextRequest = 1;
  worker.onmessage = (event) => {
    const request = requests.get(event.data.id);
    requests.delete(event.data.id);
    if (event.data.error) request.reject(new Error(event.data.error));
    else request.resolve(event.data);
  };
  worker.onerror = (event) => {
    for (const request of requests.values()) request.reject(new Error(`the annotator failed: ${event.message}`));
    requests.clear();
  };

  function askWorker(message, transfer = []) {
    return new Promise((resolve, reject) => {
      const id = nextRequest++;
      requests.set(id, { resolve, reject });
      worker.postMessage({ id, ...message }, transfer);
    });
  }

  // The document `bytes` hold: {json, view}, its UTF-8 JSON (annotated by the core, or {"error": ...};
  // the project's JSON as it is) and its view form (empty on error), which the application reads without
  // parsing JSON on this thread.
  async function openInWorker(bytes, name) {
    const copy = bytes.slice().buffer;  // transferred: the caller keeps its bytes
    const { json, view } = await askWorker({ type: 'open', bytes: copy, name }, [copy]);
    return { json: new Uint8Array(json), view: new Uint8Array(view) };
  }

  function toBytes(text) {
    return typeof text === 'string' ? new TextEncoder().encode(text) : new Uint8Array(text);
  }

  // The same JSON object as `ledeline annotate` writes; rejects with the core's message on bad input.
  async function annotate(text, name = 'text') {
    const result = JSON.parse(new TextDecoder().decode((await openInWorker(toBytes(text), name)).json));
    if (result.error !== undefined) throw new Error(result.error);
    return result;
  }

  // [Saved workspace] IndexedDB: one record per document {key, name, json (the worker's UTF-8 JSON),
  // error}; the document as corrected, in its view form, under the same key in 'corrected' (a store of
  // its own: a correction does not write the JSON again); and the shown document's key.
  const database = new Promise((resolve, reject) => {
    const request = indexedDB.open('ledeline', 2);
    request.onupgradeneeded = () => {
      const stores = request.result.objectStoreNames;
      if (!stores.contains('documents')) request.result.createObjectStore('documents', { keyPath: 'key', autoIncrement: true });
      if (!stores.contains('settings')) request.result.createObjectStore('settings');
      request.result.createObjectStore('corrected');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

  // Runs `work(store)` in a transaction; resolves to the result of the request it returns, once committed.
  async function inStore(name, mode, work) {
    const transaction = (await database).transaction(name, mode);
    const request = work(transaction.objectStore(name));
    return new Promise((resolve, reject) => {
      transaction.oncomplete = () => resolve(request ? request.result : undefined);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  }

  // Saves run one after the other, in the order the changes happened.
  let saving = Promise.resolve();
  function save(work) {
    saving = saving.then(work).catch((e) => showNotice(`Could not save in this browser: ${e.message}`, 'error'));
    return saving;
  }

  const keyOfId = new Map();  // application document id -> IndexedDB key

  // [The application module]
  let app = null;
  const appReady = createLedelineApp({
    canvas: document.getElementById('canvas'),
    onDocumentChanged: (id) => {
      const corrected = correctedDocument(id);
      save(async () => {
        if (keyOfId.has(id)) await inStore('corrected', 'readwrite', (s) => s.put(corrected, keyOfId.get(id)));
      });
    },
    onActiveChanged: (id) => {
      save(async () => {  // queued: a document's key is known once its own save ran
        if (keyOfId.has(id)) await inStore('settings', 'readwrite', (s) => s.put(keyOfId.get(id), 'active'));
      });
    },
    onWorkspaceCleared: () => {
      keyOfId.clear();
      save(async () => {
        for (const store of ['documents', 'corrected', 'settings']) await inStore(store, 'readwrite', (s) => s.clear());
      });
    },
    onExportRequested: (id, format) => { exportDocument(id, format); },
    onRetimeRequested: (id, dct) => { retimeDocument(id, dct); },
    onTimeSuggestionWanted: (id, start, end, text, dct) => { suggestTime(id, start, end, text, dct); },
    onOpenRequested: () => { filePicker.click(); },
  });

  // The string a C export returned, its memory given back; null for a null pointer.
  function takeString(ptr) {
    return ptr ? new TextDecoder().decode(takeBytes(app, ptr)) : null;
  }

  function sameBytes(a, b) {
    return a.length === b.length && a.every((byte, i) => byte === b[i]);
  }

  // Document `id` as corrected, in its view form (a copy).
  function correctedDocument(id) {
    return withBytesInHeap(app, new Uint8Array(4), (sizePtr) => {
      const ptr = app._ledeline_app_corrected(id, sizePtr);
      return takeBytes(app, ptr, new Uint32Array(app.HEAPU8.buffer, sizePtr, 1)[0]);
    });
  }

  // Shows what openInWorker gave (or the view form alone) as document `id`; throws the reason it cannot.
  function load(id, { json, view }) {
    if (view.length === 0) throw new Error(JSON.parse(new TextDecoder().decode(json)).error);
    const error = takeString(withBytesInHeap(app, view, (ptr, length) => app._ledeline_app_load(id, ptr, length)));
    if (error !== null) throw new Error(error);
  }

  function fail(id, message) {
    withCString(app, message, (ptr) => app._ledeline_app_fail(id, ptr));
  }


  // Adds a document to the workspace, annotates the bytes `read()` gives, shows it and saves it.
  // Rejects with "name: reason" when it cannot; the document list shows the reason too.
  async function addDocument(name, read) {
    await appReady;
    const id = withCString(app, name, (ptr) => app._ledeline_app_add(ptr));
    try {
      const opened = await openInWorker(await read(), name);
      load(id, opened);
      const { json } = opened;
      save(async () => keyOfId.set(id, await inStore('documents', 'readwrite', (s) => s.add({ name, json }))));
    } catch (e) {
      fail(id, e.message);
      save(async () => keyOfId.set(id, await inStore('documents', 'readwrite', (s) => s.add({ name, error: e.message }))));
      throw new Error(`${name}: ${e.message}`);
    }
  }

  // Shows what IndexedDB holds, as it was left; false when it holds nothing.
  async function restore() {
    const records = await inStore('documents', 'readonly', (s) => s.getAll());
    // Read first: each document shown as it loads is saved as the shown one meanwhile.
    const activeKey = await inStore('settings', 'readonly', (s) => s.get('active'));
    const keys = await inStore('corrected', 'readonly', (s) => s.getAllKeys());
    const views = await inStore('corrected', 'readonly', (s) => s.getAll());
    const correctedOfKey = new Map(keys.map((key, i) => [key, views[i]]));
    const loads = records.map((record) => {
      const id = withCString(app, record.name, (ptr) => app._ledeline_app_add(ptr));
      keyOfId.set(id, record.key);
      if (record.error) return fail(id, record.error);
      const opened = correctedOfKey.has(record.key) ? Promise.resolve({ view: correctedOfKey.get(record.key) })
        : openInWorker(record.json, record.name);
      return opened.then((o) => load(id, o)).catch((e) => fail(id, e.message));
    });
    await Promise.all(loads);
    for (const [id, key] of keyOfId) {
      if (key === activeKey) app._ledeline_app_activate(id);
    }
    return records.length > 0;
  }

  // Downloads the document in `format` (json, brat, conll, timeml, webanno, csv), corrections included
  // and marked as made by a person; the worker writes the files.
  async function exportDocument(id, format) {
    const key = keyOfId.get(id);
    const record = key !== undefined && await inStore('documents', 'readonly', (s) => s.get(key));
    if (!record || !record.json) {
      showNotice('This document is not saved yet; export it again in a moment.', 'error');
      return;
    }
    const corrected = correctedDocument(id);
    try {
      const { file } = await askWorker({ type: 'export', json: record.json, corrected, format, name: record.name });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([file.data], { type: file.type }));
      link.download = file.name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 0);
    } catch (e) {
      showNotice(`Could not export ${record.name}: ${e.message}`, 'error');
    }
  }

  // Resolves document `id`'s times again against the reference date `dct` a person set (YYYY-MM-DD; '':
  // the publication date), their corrections included; the new JSON and view form are shown and saved.
  // A correction made while the worker resolves them is not lost: the worker is asked again.
  async function retimeDocument(id, dct) {
    try {
      const key = keyOfId.get(id);
      const record = key !== undefined && await inStore('documents', 'readonly', (s) => s.get(key));
      if (!record || !record.json) throw new Error('this document is not saved yet; set the date again in a moment');
      let corrected, answer;
      do {
        corrected = correctedDocument(id);
        answer = await askWorker({ type: 'retime', json: record.json, corrected, dct });
      } while (!sameBytes(corrected, correctedDocument(id)));
      const json = new Uint8Array(answer.json), view = new Uint8Array(answer.view);
      if (view.length === 0) throw new Error(JSON.parse(new TextDecoder().decode(json)).error);
      const error = takeString(withBytesInHeap(app, view, (ptr, length) => app._ledeline_app_replace(id, ptr, length)));
      if (error !== null) throw new Error(error);
      save(async () => {
        await inStore('documents', 'readwrite', (s) => s.put({ ...record, json }));
        await inStore('corrected', 'readwrite', (s) => s.put(view, key));
      });
    } catch (e) {
      fail(id, `the times could not be resolved again: ${e.message}`);
    }
  }

  // A person marked `text` (bytes [start, end) of document `id`) as a time: the worker reads it with the
  // rules, against the reference date `dct` ('': none), and the time takes their type and value (the page
  // saves it then, as a correction). A suggestion that cannot be made leaves the time as marked.
  async function suggestTime(id, start, end, text, dct) {
    try {
      const { time } = await askWorker({ type: 'suggest_time', text: new TextEncoder().encode(text), dct });
      if (time) withCString(app, JSON.stringify(time), (ptr) => app._ledeline_app_suggest_time(id, start, end, ptr));
    } catch (e) {
      showNotice(`No value could be suggested for "${text}": ${e.message}`, 'error');
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

  // The Open button's file picker.
  const filePicker = document.createElement('input');
  filePicker.type = 'file';
  filePicker.multiple = true;
  filePicker.addEventListener('change', () => {
    if (filePicker.files.length) openFiles(Array.from(filePicker.files));
    filePicker.value = '';
  });

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

  // Pasted text becomes a document (Ctrl+V anywhere on the page).
  let pasted = 0;
  document.addEventListener('paste', (e) => {
    const text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
    if (!text) return;
    e.preventDefault();
    addDocument(`pasted text ${++pasted}`, async () => new TextEncoder().encode(text))
      .catch((error) => showNotice(error.message, 'error'));
  });

  async function openDemo() {
    await addDocument('demo-article.txt', async () => {
      const response = await fetch('demo-article.txt');
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      return new Uint8Array(await response.arrayBuffer());
    });
  }

  const ready = appReady.then(async (module) => {
    app = module;
    if (!(await restore())) await openDemo();
  });
  ready.catch((e) => showNotice(`Ledeline could not start: ${e.message}`, 'error'));
  // Offline after the first visit (web/sw.js); service workers need a secure origin such as 127.0.0.1.
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('sw.js').catch((e) => console.warn(`no offline copy: ${e.message}`));
  }

  window.ledeline = {
    ready,
    annotate,
    open: openFiles,
    // Resolves once every change so far is saved in IndexedDB.
    saved: () => saving,
    // Downloads the shown document in `format` (json, brat, conll, timeml, webanno, csv), as its Export
    // buttons do.
    exportShown: (format = 'json') => {
      const shown = window.ledeline.current();
      return shown && shown.id ? exportDocument(shown.id, format) : Promise.resolve();
    },
    // What the page shows: {id, name, annotations, marks, lines, dct, selected, visible_marks, controls,
    // documents}.
    current: () => (app ? JSON.parse(takeString(app._ledeline_app_current())) : null),
  };
})();
