// The page loads from its own origin only, opens the demo article and draws it with its highlights.
// usage: node page_loads.cjs WEB_DIR ARTIFACTS_DIR
'use strict';
const fs = require('fs');
const path = require('path');
const { openPage, frames, decodePng, pixelStats, run, check } = require('./harness.cjs');

const [webDir, artifacts] = process.argv.slice(2);
// The underline colour of meta.title (wasm/kind_palette.cpp): drawn only by the article's highlights.
const kTitleColor = [120, 144, 230];

run(async () => {
  fs.mkdirSync(artifacts, { recursive: true });
  const started = Date.now();
  const browser = await openPage(webDir);
  try {
    const { page } = browser;
    await page.evaluate(() => window.ledeline.ready);
    console.log(`demo article shown ${Date.now() - started} ms after launch`);
    const current = await page.evaluate(() => window.ledeline.current());
    check(current && current.name === 'demo-article.txt', `the view shows the demo article (${JSON.stringify(current)})`);
    check(current.marks >= 3, 'the demo article has its title, date and site marked');
    await frames(page);
    const shot = path.join(artifacts, 'page-loads.png');
    const image = decodePng(await page.screenshot({ path: shot }));
    const stats = pixelStats(image, { x0: 0, y0: 0, x1: 1, y1: 1 });
    check(stats.variance > 100, `the canvas is not blank (luminance variance ${stats.variance.toFixed(0)})`);
    const article = pixelStats(image, { x0: 0, y0: 0, x1: 0.5, y1: 1 }, kTitleColor);
    check(article.matching > 200, `the article shows the title's highlight (${article.matching} pixels)`);
    check(await page.evaluate(() => document.getElementById('notice').hidden), 'no error notice');
    check(browser.errors.length === 0, `no page errors ${JSON.stringify(browser.errors)}`);
    const foreign = browser.foreignRequests();
    check(foreign.length === 0, `no request left 127.0.0.1 ${JSON.stringify(foreign)}`);
    console.log(`screenshot: ${shot}`);
  } finally {
    await browser.close();
  }
});
