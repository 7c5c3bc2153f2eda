import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const dkfdsDist = fileURLToPath(new URL('./node_modules/dkfds/dist/', import.meta.url));

// The SPA shell lives in src/web; domain pages come from src/<domain>/web and are pulled in through imports.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  resolve: {
    // dkfds only exports its JS; its CSS, fonts and icons are reached through this alias.
    alias: [{ find: /^dkfds\/dist\/(.*)$/, replacement: `${dkfdsDist}$1` }],
  },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // Inlining dkfds' fonts and icons as data URLs makes the CSS much larger; serve them as files.
    assetsInlineLimit: 0,
    sourcemap: true,
    // One ~470 KB chunk (143 KB gzipped) until pages are split by route; warn only beyond that.
    chunkSizeWarningLimit: 600,
  },
  server: {
    // A regex key: a plain '/api' prefix would also catch the SPA's own /src/web/api.ts in dev.
    proxy: { '^/api/': 'http://localhost:3000' },
  },
});
