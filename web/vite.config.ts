import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const webDir = __dirname;

/**
 * Four pages (landing, dashboard, playground, explorer), built into web/dist, which the API server
 * serves as static files: everything the pages load comes from the same origin.
 */
export default defineConfig({
  root: webDir,
  base: '/',
  publicDir: false,
  // Plain esbuild JSX (React 17+ runtime): no Babel plugin needed.
  esbuild: { jsx: 'automatic' },
  worker: { format: 'es' },
  build: {
    outDir: resolve(webDir, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    // Monaco (inside GraphiQL) is large by nature; it loads only on the playground page.
    chunkSizeWarningLimit: 5000,
    reportCompressedSize: false,
    rollupOptions: {
      onwarn(warning, warn) {
        // framer-motion (inside GraphiQL) marks modules "use client"; harmless outside React Server Components.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
      input: {
        index: resolve(webDir, 'index.html'),
        playground: resolve(webDir, 'playground.html'),
        explore: resolve(webDir, 'explore.html'),
        dashboard: resolve(webDir, 'dashboard.html'),
      },
    },
  },
  server: {
    // `npx vite --config web/vite.config.ts` during development, with `npm start` on :4000
    // (API_URL=http://127.0.0.1:PORT for a server on another port).
    proxy: { '/graphql': process.env.API_URL ?? 'http://127.0.0.1:4000' },
  },
});
