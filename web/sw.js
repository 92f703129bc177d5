// The service worker: after the first visit the page works offline. Network first, so that a rebuilt
// page is picked up at once when online; the cached copy answers when the network does not. Only the
// page's own files are ever fetched or cached.
'use strict';
const kCache = 'ledeline-page';
const kFiles = ['./', 'index.html', 'style.css', 'app.js', 'worker.js', 'module_memory.js', 'zip.js', 'ledeline-app.js', 'ledeline-app.wasm',
                'ledeline-core.js', 'ledeline-core.wasm', 'demo-article.txt'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(kCache).then((cache) => cache.addAll(kFiles)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET' || new URL(event.request.url).origin !== self.location.origin) return;
  event.respondWith(fetch(event.request).then((response) => {
    if (response.ok) {
      const copy = response.clone();
      event.waitUntil(caches.open(kCache).then((cache) => cache.put(event.request, copy)));
    }
    return response;
  }).catch(() => caches.match(event.request, { ignoreSearch: true }).then((cached) => cached || Response.error())));
});
