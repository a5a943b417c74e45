import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The client is built into dist/client and served by the Node server on the same port. */
export default defineConfig({
  root: 'client',
  plugins: [react()],
  // One bundle on purpose (~1.2 MB, ~370 KB gzipped): once a page has loaded, every view —
  // the charter editor included — opens even if the venue Wi-Fi drops.
  build: { outDir: '../dist/client', emptyOutDir: true, chunkSizeWarningLimit: 1600 },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/yjs': { target: 'ws://localhost:3000', ws: true },
      '/socket.io': { target: 'ws://localhost:3000', ws: true },
    },
  },
});
