import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { packCatalogue } from './scripts/packCatalogue.js';
import { precompress } from './scripts/precompress.js';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The service worker: it precaches every file of the build (each chunk, lazily loaded ones too)
 * and answers navigations to the app's routes with index.html, so a page opened once opens
 * again without a network. Updates wait for the participant to press "Reload" (`prompt`).
 */
const serviceWorker = VitePWA({
  registerType: 'prompt',
  // Registered by client/src/infra/offline/registerServiceWorker.ts, which drives the "new version" notice.
  injectRegister: false,
  manifest: false,
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,ico,woff2,ttf,json,webmanifest}'],
    // The whole app must be there offline, whatever the size of a chunk.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    navigateFallback: 'index.html',
    // The client's routes (client/src/app/routing/routes.ts), never the server's own endpoints.
    // Workbox tests these against path and query together: `/join?code=…` must match.
    navigateFallbackAllowlist: [/^\/(\?|$)/, /^\/join\/?(\?|$)/, /^\/organiser\/?(\?|$)/, /^\/w\//],
    navigateFallbackDenylist: [/^\/api(\/|$)/, /^\/yjs(\/|$)/, /^\/socket\.io(\/|$)/, /^\/healthz$/],
    // The first install takes over the open page at once; an update still waits for "Reload".
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  },
});

/** The client is built into dist/client and served by the Node server on the same port. */
export default defineConfig({
  root: 'client',
  plugins: [
    react(),
    // The Mongolian fetched on demand ships as its messages only: the page has the keys already.
    packCatalogue(),
    serviceWorker,
    // Brotli and gzip copies beside each file; the server picks one by Accept-Encoding.
    precompress(),
  ],
  // Split by route and stage (React.lazy) so a participant's first visit stays small on venue
  // Wi-Fi; the largest chunk is the charter editor (Tiptap, ~520 kB), loaded on the charter stage.
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
    // .vite/manifest.json: the chunk graph the first-visit budget reads (scripts/sizeBudget.ts).
    manifest: true,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/yjs': { target: 'ws://localhost:3000', ws: true },
      '/socket.io': { target: 'ws://localhost:3000', ws: true },
    },
  },
});
