import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The client is built into dist/client and served by the Node server on the same port. */
export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: { outDir: '../dist/client', emptyOutDir: true },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/yjs': { target: 'ws://localhost:3000', ws: true },
      '/socket.io': { target: 'ws://localhost:3000', ws: true },
    },
  },
});
