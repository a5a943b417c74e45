import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './scripts/precompress.js';

/** The client is built into dist/client and served by the Node server on the same port. */
export default defineConfig({
  root: 'client',
  plugins: [
    react(),
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
