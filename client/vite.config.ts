import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/** Resolves a path relative to this file (client/), whatever the working directory. */
const here = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

const API_SERVER = 'http://localhost:3000';

export default defineConfig({
  root: here('.'),
  plugins: [svelte()],
  resolve: {
    alias: {
      // Type-only imports of the wire contract (see server/contracts/dto.ts).
      '@contracts': here('../server/contracts'),
    },
  },
  build: {
    // CLIENT_DIST_DIR lets two builds (say, two checkouts' tests) live side by side.
    outDir: process.env.CLIENT_DIST_DIR ?? here('dist'),
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': { target: API_SERVER },
      '/socket.io': { target: API_SERVER, ws: true },
    },
  },
});
