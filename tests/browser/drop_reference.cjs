// Drops the reference article on the page through a synthetic drop event, reads its annotations back
// through window.ledeline.annotate, checks that the view shows it, and that bad files get a clear
// message while the shown document stays. Runs at devicePixelRatio 2.
// usage: node drop_reference.cjs WEB_DIR ARTIFACTS_DIR SHARED_DIR   (exit 77: no reference article)
'use strict';
const fs = require('fs');
const path = require('path');
const { openPage, frames, decodePng, pixelStats, run, check } = require('./harness.cjs');

const [webDir, artifacts, shared] = process.argv.slice(2);
const reference = path.join(shared || '', 'examples', 'seed', 'article.txt');
if (!shared || !fs.existsSync(reference)) {
  console.log(`skipped: no reference article at ${reference}`);
  process.exit(77);
}
// The underline colour of meta.published (wasm/kind_palette.cpp): drawn only by the article's highlights.
const kPublishedColor = [230, 190, 90];

// Drops files {name, bytes, type} on the canvas as a user would: a DataTransfer of File objects.
function drop(page, files) {
  return page.evaluate((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
    document.getElementById('canvas').dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, files.map((f) => ({ ...f, bytes: Array.from(f.bytes) })));
}

run(async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  const bytes = fs.readFileSync(reference);
  const browser = await openPage(webDir, { deviceScaleFactor: 2, width: 1000, height: 700 });
  try {
    const { page } = browser;
    await page.evaluate(() => window.ledeline.ready);

    const dropped = Date.now();
    await drop(page, [{ name: 'article.txt', bytes, type: 'text/plain' }]);
    await page.waitForFunction(() => window.ledeline.current().name === 'article.txt');
    console.log(`drop to annotated view: ${Date.now() - dropped} ms`);

    const doc = await page.evaluate((b) => window.ledeline.annotate(new Uint8Array(b), 'article.txt'), Array.from(bytes));
    check(doc.schema === 'ledeline/1', 'annotate resolves to a ledeline/1 document');
    check(doc.metadata.title === 'Czech Police Officers Return To Iraq After Earlier Recall Amid Regional Tensions',
          `title: ${doc.metadata.title}`);
    check(doc.metadata.published === '2020-01-25T20:45', `published: ${doc.metadata.published}`);
    check(doc.metadata.site === 'UrduPoint.com', `site: ${doc.metadata.site}`);
    const current = await page.evaluate(() => window.ledeline.current());
    const evidenceInText = doc.evidence.filter((e) => e.start !== undefined && e.end > e.start).length;
    check(current.annotations === doc.annotations.length && current.marks === doc.annotations.length + evidenceInText,
          `the view shows that document: ${JSON.stringify(current)}, ${doc.annotations.length} annotations`);
    const rejected = await page.evaluate(() => window.ledeline.annotate('', 'empty.txt').then(() => 'resolved', (e) => e.message));
    check(rejected === 'empty input', `annotate rejects empty input with the core's message (${rejected})`);

    await frames(page);
    const shot = path.join(artifacts, 'drop-reference.png');
    const image = decodePng(await page.screenshot({ path: shot }));
    check(pixelStats(image).variance > 100, 'the canvas is not blank');
    const article = pixelStats(image, { x0: 0, y0: 0, x1: 0.5, y1: 1 }, kPublishedColor);
    check(article.matching > 200, `the article shows the date line's highlight (${article.matching} pixels)`);

    // Bad files: each gets its message; the document shown stays.
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    await drop(page, [{ name: 'empty.txt', bytes: Buffer.alloc(0), type: 'text/plain' },
                      { name: 'picture.png', bytes: png, type: 'image/png' }]);
    await page.waitForFunction(() => !document.getElementById('notice').hidden);
    const notice = await page.evaluate(() => document.getElementById('notice').textContent);
    check(/empty\.txt: empty input/.test(notice) && /picture\.png: binary input \(PNG/.test(notice),
          `empty and PNG files are refused clearly: ${JSON.stringify(notice)}`);
    // Too big: refused from its size before it is read (a sparse 65 MiB Blob costs nothing to make).
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File([new Blob([new ArrayBuffer(65 << 20)])], 'huge.txt', { type: 'text/plain' }));
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => /huge\.txt/.test(document.getElementById('notice').textContent));
    const tooBig = await page.evaluate(() => document.getElementById('notice').textContent);
    check(/over the limit of 67108864 bytes/.test(tooBig), `a file over 64 MiB is refused: ${JSON.stringify(tooBig)}`);
    check((await page.evaluate(() => window.ledeline.current().name)) === 'article.txt', 'the shown document stays');
    await frames(page);
    await page.screenshot({ path: path.join(artifacts, 'drop-errors.png') });

    check(browser.errors.length === 0, `no page errors ${JSON.stringify(browser.errors)}`);
    const foreign = browser.foreignRequests();
    check(foreign.length === 0, `no request left 127.0.0.1 ${JSON.stringify(foreign)}`);
    console.log(`screenshots: ${artifacts}`);
  } finally {
    await browser.close();
  }
});
