// The workspace of issue 7 in a real browser: several files dropped at once (one broken), an annotation
// selected with the mouse and corrected with the keyboard, undo and redo, the help window, the JSON
// export, the workspace restored after a reload, pasted text, the page offline, and the figures: drop-to-view time of the reference
// article (when the shared folder is there), responsiveness while a 1 MB article is annotated in the
// worker, and the frame time while scrolling it.
// usage: node workspace.cjs WEB_DIR ARTIFACTS_DIR [SHARED_DIR]
'use strict';
const fs = require('fs');
const path = require('path');
const { openPage, frames, run, check } = require('./harness.cjs');

const [webDir, artifacts, shared] = process.argv.slice(2);
const reference = shared ? path.join(shared, 'examples', 'seed', 'article.txt') : '';

// Floors a little under what this 2-core machine reaches with SwiftShader (see the report in the log).
const kMaxFrameMedianMs = 120;   // scrolling the 1 MB article
const kMaxBusyFrameP95Ms = 250;  // frames while the worker annotates 1 MB

// Articles the test writes itself.
const kHarbour = ' date 2031-03-14 Harbour Wire\nFerry Service Resumes After Storm\n\nFri 14th March 2031 | 07:10 AM\n\n' +
  'OSLO (Harbour Wire) The ferry to Kiel sailed again on Friday after a two-day storm, the operator Color Line said.\n\n' +
  '"We are back on schedule," said Ingrid Dahl, a spokeswoman for the company, adding that 2,300 passengers had waited in Oslo.\n';
const kCouncil = 'City Council Approves Budget\nMarch 3, 2031\n\nThe council of Bergen approved a budget of 4.2 billion kroner on Monday. ' +
  'Mayor Lars Berg said the vote came after six weeks of debate.\n';
const kPng = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

// About 1 MiB of text made of the paragraphs of the test's own articles.
function longArticle() {
  const paragraphs = (kHarbour + kCouncil).split('\n\n').slice(2);
  let text = kHarbour;
  for (let i = 0; Buffer.byteLength(text) < 1 << 20; i++) text += `\n${paragraphs[i % paragraphs.length]}`;
  return Buffer.from(text);
}

function drop(page, files) {
  return page.evaluate((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([new Uint8Array(f.bytes)], f.name));
    document.getElementById('canvas').dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, files.map((f) => ({ name: f.name, bytes: Array.from(f.bytes) })));
}

const current = (page) => page.evaluate(() => window.ledeline.current());
const settled = (page) => page.waitForFunction(() => window.ledeline.current().documents.every((d) => d.state !== 'annotating'),
  null, { timeout: 120000 });

// Records the page's frame intervals (ms) from now until recordedFrames(), which returns them sorted.
function recordFrames(page) {
  return page.evaluate(() => {
    window.__frames = [];
    window.__recording = true;
    let last = performance.now();
    const step = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (window.__recording) requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}

async function recordedFrames(page) {
  const intervals = await page.evaluate(() => { window.__recording = false; return window.__frames; });
  return intervals.sort((a, b) => a - b);
}

run(async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  const browser = await openPage(webDir);
  try {
    const { page } = browser;
    await page.evaluate(() => window.ledeline.ready);

    // Several files at once, one broken: it gets its message, the others are annotated.
    await drop(page, [{ name: 'harbour.txt', bytes: Buffer.from(kHarbour) }, { name: 'broken.png', bytes: kPng },
                      { name: 'council.txt', bytes: Buffer.from(kCouncil) }]);
    await settled(page);
    let state = await current(page);
    const byName = Object.fromEntries(state.documents.map((d) => [d.name, d]));
    check(byName['harbour.txt'].state === 'ready' && byName['council.txt'].state === 'ready', 'the good files are annotated');
    check(byName['broken.png'].state === 'failed' && /binary input \(PNG/.test(byName['broken.png'].message),
          `the broken file says why: ${byName['broken.png'].message}`);

    // Select an annotation with the mouse (through the hook's screen positions) and relabel it with key 2.
    const target = state.visible_marks.find((m) => m.kind === 'person') || state.visible_marks.find((m) => !m.kind.startsWith('meta.'));
    check(target !== undefined, `an annotation is visible to click (${state.name})`);
    await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2);
    await frames(page);
    await page.screenshot({ path: path.join(artifacts, 'workspace-hover.png') });
    await page.mouse.click(target.x + target.width / 2, target.y + target.height / 2);
    await frames(page);
    state = await current(page);
    check(state.selected && state.selected.text === target.text, `a click selects "${target.text}"`);
    await page.keyboard.press('2');
    await frames(page);
    state = await current(page);
    check(state.selected && state.selected.kind === 'org' && state.selected.origin === 'person',
          `key 2 relabels it as org, made by a person (${JSON.stringify(state.selected)})`);
    const annotationsAfterRelabel = state.annotations;
    await page.keyboard.press('Delete');
    await frames(page);
    check((await current(page)).annotations === annotationsAfterRelabel - 1, 'Del deletes it');
    await page.keyboard.press('Control+z');
    await frames(page);
    check((await current(page)).annotations === annotationsAfterRelabel, 'Ctrl+Z brings it back');
    await page.keyboard.press('Control+Shift+z');
    await frames(page);
    check((await current(page)).annotations === annotationsAfterRelabel - 1, 'Ctrl+Shift+Z deletes it again');
    await page.keyboard.press('Control+z');
    await frames(page);

    // Drag over text and press 3: a new annotation of that text, a place made by a person.
    state = await current(page);
    const span = state.visible_marks.find((m) => m.kind === 'time') || state.visible_marks[0];
    const y = span.y + span.height / 2;
    await page.mouse.move(span.x + 1, y);
    await page.mouse.down();
    await page.mouse.move(span.x + span.width / 2, y, { steps: 4 });
    await page.mouse.move(span.x + span.width - 1, y, { steps: 4 });
    await page.mouse.up();
    await frames(page);
    await page.keyboard.press('Control+c');
    await frames(page);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    check(copied === span.text, `Ctrl+C copies the selected text (${JSON.stringify(copied)})`);
    await page.keyboard.press('3');
    await frames(page);
    const annotated = await current(page);
    check(annotated.annotations === state.annotations + 1 && annotated.selected && annotated.selected.kind === 'place' &&
          annotated.selected.origin === 'person' && annotated.selected.text === span.text,
          `dragging over "${span.text}" and pressing 3 annotates it (${JSON.stringify(annotated.selected)})`);
    await page.keyboard.press('Control+z');
    await frames(page);

    // The help window lists the shortcuts.
    await page.keyboard.press('?');
    await frames(page);
    await page.screenshot({ path: path.join(artifacts, 'workspace-help.png') });
    await page.keyboard.press('?');

    // The JSON export carries the correction.
    const [download] = await Promise.all([page.waitForEvent('download'), page.evaluate(() => {
      return window.ledeline.saved().then(() => window.ledeline.exportShown());
    })]);
    const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    fs.writeFileSync(path.join(artifacts, download.suggestedFilename()), JSON.stringify(exported, null, 1));
    const corrected = exported.annotations.filter((a) => a.origin === 'person');
    check(exported.schema === 'ledeline/1' && exported.name === state.name, `export ${download.suggestedFilename()} is the shown document`);
    check(corrected.length === 1 && corrected[0].kind === 'org' &&
          exported.text.slice(0, 0) === '' && Buffer.from(exported.text).subarray(corrected[0].start, corrected[0].end).toString() === target.text,
          `the export marks the correction as made by a person (${JSON.stringify(corrected)})`);

    // Reload: the workspace comes back as it was, correction included.
    const before = await current(page);
    await page.evaluate(() => window.ledeline.saved());
    await page.reload();
    await page.evaluate(() => window.ledeline.ready);
    await frames(page);
    const after = await current(page);
    check(JSON.stringify(after.documents.map((d) => [d.name, d.state, d.message])) ===
          JSON.stringify(before.documents.map((d) => [d.name, d.state, d.message])), 'the document list is restored');
    check(after.name === before.name && after.annotations === before.annotations, `the shown document is restored (${after.name})`);
    await page.screenshot({ path: path.join(artifacts, 'workspace-restored.png') });

    // Pasted text becomes a document.
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, kCouncil);
    await page.waitForFunction(() => window.ledeline.current().name === 'pasted text 1');
    check(true, 'pasted text is annotated as a document');

    // Figures: drop to annotated view of the reference article.
    if (reference && fs.existsSync(reference)) {
      const t0 = Date.now();
      await drop(page, [{ name: 'article.txt', bytes: fs.readFileSync(reference) }]);
      await page.waitForFunction(() => window.ledeline.current().name === 'article.txt');
      console.log(`figure: drop to annotated view of the reference article: ${Date.now() - t0} ms`);
    }

    // A 1 MB article: the page keeps drawing while the worker annotates it, and it scrolls.
    const long = longArticle();
    const t1 = Date.now();
    await recordFrames(page);
    await drop(page, [{ name: 'long.txt', bytes: long }]);
    await page.waitForFunction(() => window.ledeline.current().name === 'long.txt', null, { timeout: 120000 });
    console.log(`figure: drop to annotated view of a ${long.length}-byte article: ${Date.now() - t1} ms`);
    const busy = await recordedFrames(page);
    const busyP95 = busy[Math.floor(busy.length * 0.95)];
    console.log(`figure: frames while the worker annotates it: ${busy.length}, p95 ${busyP95.toFixed(0)} ms ` +
                `(floor ${kMaxBusyFrameP95Ms}), longest ${busy[busy.length - 1].toFixed(0)} ms (the result read on the main thread)`);
    check(busyP95 < kMaxBusyFrameP95Ms, 'the page stays responsive while a 1 MB article is annotated');
    const box = (await current(page)).visible_marks[0];
    await page.mouse.move(box.x + 20, box.y + 20);
    await recordFrames(page);
    for (let i = 0; i < 60; i++) await page.mouse.wheel(0, 400);
    const scrolling = await recordedFrames(page);
    const median = scrolling[Math.floor(scrolling.length / 2)];
    const p95 = scrolling[Math.floor(scrolling.length * 0.95)];
    console.log(`figure: frame time while scrolling the 1 MB article: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (floor ${kMaxFrameMedianMs})`);
    check(median < kMaxFrameMedianMs, 'scrolling a 1 MB article stays smooth');
    await page.screenshot({ path: path.join(artifacts, 'workspace-long.png') });

    // Offline: with the server gone, the service worker's copy serves the page and IndexedDB the workspace.
    await page.evaluate(() => navigator.serviceWorker.ready);
    const documents = (await current(page)).documents.length;
    await page.evaluate(() => window.ledeline.saved());
    browser.stopServer();
    await page.reload();
    await page.evaluate(() => window.ledeline.ready);
    check((await current(page)).documents.length === documents, `offline, the page opens with its ${documents} documents`);

    check(browser.errors.length === 0, `no page errors ${JSON.stringify(browser.errors)}`);
    const foreign = browser.foreignRequests();
    check(foreign.length === 0, `no request left 127.0.0.1 ${JSON.stringify(foreign)}`);
  } finally {
    await browser.close();
  }
});
