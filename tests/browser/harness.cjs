// What the browser tests share: a static server for the built page on 127.0.0.1, Debian's Chromium
// driven by playwright-core (never a downloaded browser), the record of every request the page made,
// and a PNG decoder to judge screenshots (reading WebGL pixels back is unreliable).
'use strict';
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { chromium } = require('playwright-core');

const kChromium = '/usr/bin/chromium';
// Headless Chromium draws WebGL2 only through SwiftShader; the rest keeps it from calling home.
const kChromiumFlags = [
  '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic', '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
const kContentTypes = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8', '.json': 'application/json',
};

// Serves the files of `root` on a free port of 127.0.0.1.
function serve(root) {
  const server = http.createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    const file = path.join(root, urlPath === '/' ? 'index.html' : urlPath);
    if (!file.startsWith(path.resolve(root) + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': kContentTypes[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ origin: `http://127.0.0.1:${server.address().port}`, server }));
  });
}

// Opens the page built in `webDir` in a fresh Chromium profile. Returns the page and what it records.
async function openPage(webDir, { deviceScaleFactor = 1, width = 1280, height = 800 } = {}) {
  const { origin, server } = await serve(path.resolve(webDir));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ledeline-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: kChromium, headless: true, args: kChromiumFlags,
    viewport: { width, height }, deviceScaleFactor,
  });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = context.pages()[0] || await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${origin}/`);
  return {
    page, origin, errors,
    // The server goes away, as when the machine is offline.
    stopServer: () => {
      server.close();
      server.closeAllConnections();
    },
    // Requests that went anywhere but the page's own origin.
    foreignRequests: () => requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:')),
    close: async () => {
      await context.close();
      if (server.listening) server.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Waits until the page has drawn `count` more animation frames.
function frames(page, count = 3) {
  return page.evaluate((n) => new Promise((resolve) => {
    const step = () => (--n <= 0 ? resolve() : requestAnimationFrame(step));
    requestAnimationFrame(step);
  }), count);
}

// Decodes an 8-bit RGB or RGBA, non-interlaced PNG (what Chromium's screenshots are) to RGBA pixels.
function decodePng(buffer) {
  let offset = 8;
  let width = 0, height = 0, colorType = 0;
  const idat = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    const data = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      colorType = data[9];
      if (data[8] !== 8 || (colorType !== 2 && colorType !== 6) || data[12] !== 0) {
        throw new Error(`unsupported PNG: depth ${data[8]}, colour type ${colorType}, interlace ${data[12]}`);
      }
    } else if (type === 'IDAT') {
      idat.push(data);
    }
    offset += 12 + length;
  }
  const channels = colorType === 6 ? 4 : 3;
  const stride = width * channels;
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const rgba = Buffer.alloc(width * height * 4);
  let previous = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? line[i - channels] : 0;
      const up = previous[i];
      const upLeft = i >= channels ? previous[i - channels] : 0;
      let predictor = 0;
      if (filter === 1) predictor = left;
      else if (filter === 2) predictor = up;
      else if (filter === 3) predictor = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left), pb = Math.abs(p - up), pc = Math.abs(p - upLeft);
        predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      line[i] = (line[i] + predictor) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 4; c++) rgba[(y * width + x) * 4 + c] = c < channels ? line[x * channels + c] : 255;
    }
    previous = line;
  }
  return { width, height, rgba };
}

// Luminance variance and the number of pixels within `tolerance` of `color` ([r, g, b]) in a region of
// the image given as fractions of its size ({x0, y0, x1, y1} in 0..1).
function pixelStats(image, region = { x0: 0, y0: 0, x1: 1, y1: 1 }, color = null, tolerance = 6) {
  const xs = Math.floor(region.x0 * image.width), xe = Math.floor(region.x1 * image.width);
  const ys = Math.floor(region.y0 * image.height), ye = Math.floor(region.y1 * image.height);
  let n = 0, sum = 0, sumSquares = 0, matching = 0;
  for (let y = ys; y < ye; y++) {
    for (let x = xs; x < xe; x++) {
      const i = (y * image.width + x) * 4;
      const [r, g, b] = [image.rgba[i], image.rgba[i + 1], image.rgba[i + 2]];
      const luminance = 0.299 * r + 0.587 * g + 0.114 * b;
      n++;
      sum += luminance;
      sumSquares += luminance * luminance;
      if (color && Math.abs(r - color[0]) <= tolerance && Math.abs(g - color[1]) <= tolerance &&
          Math.abs(b - color[2]) <= tolerance) matching++;
    }
  }
  const mean = sum / n;
  return { variance: sumSquares / n - mean * mean, matching };
}

// Runs `body` and exits 0, or 1 with the error; checks print as they pass.
function run(body) {
  body().then(() => process.exit(0), (e) => {
    console.error(`FAILED: ${e.stack || e}`);
    process.exit(1);
  });
}

function check(condition, what) {
  if (!condition) throw new Error(what);
  console.log(`ok: ${what}`);
}

module.exports = { openPage, frames, decodePng, pixelStats, run, check };
