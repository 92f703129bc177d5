// The time from page load to the first annotated frame in Chromium: the page of WEB_DIR served on
// 127.0.0.1 and opened LOADS times, each in a fresh profile (nothing cached, no service worker yet), by
// the tests' harness (Debian's Chromium, headless, WebGL through SwiftShader). A load's time is the
// page's performance.now() (milliseconds since its navigation started) at the first animation frame
// after window.ledeline.current() shows the demo article with its marks: the app draws in the frame
// it asked for when the document arrived, before this callback of the same frame. Wall-clock time,
// as a reader waits it. Prints {"loads_ms": [...]}.
// usage: node first_frame.cjs WEB_DIR LOADS
'use strict';
const path = require('path');
const { openPage, run } = require(path.join(__dirname, '..', 'tests', 'browser', 'harness.cjs'));

const [webDir, loadsArg] = process.argv.slice(2);

run(async () => {
  const loads = [];
  for (let i = 0; i < Number(loadsArg || 5); i++) {
    const browser = await openPage(webDir);
    try {
      const ms = await browser.page.evaluate(async () => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        await window.ledeline.ready;
        for (;;) {
          const shown = window.ledeline.current();
          if (shown && shown.name === 'demo-article.txt' && shown.marks > 0) break;
          await frame();
        }
        await frame();
        return performance.now();
      });
      if (browser.errors.length) throw new Error(`page errors: ${JSON.stringify(browser.errors)}`);
      loads.push(ms);
    } finally {
      await browser.close();
    }
  }
  console.log(JSON.stringify({ loads_ms: loads }));
});
