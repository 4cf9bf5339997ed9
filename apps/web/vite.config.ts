import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In production the API serves dist/ itself (with an SPA fallback), so the app only ever calls
// relative /api URLs. In `vite` dev the same URLs are proxied to the API on port 3000.
export default defineConfig({
  plugins: [react()],
  // Bundle the shared contract from its TypeScript source (ES modules), so zod and luxon are
  // tree-shaken; the API uses the same code compiled to CommonJS.
  resolve: {
    alias: { '@gcm/domain': fileURLToPath(new URL('../../packages/domain/src/index.ts', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  preview: {
    port: 4173,
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack)[\\/]/,
            },
            // The shared contract with zod and luxon.
            {
              name: 'domain',
              test: /[\\/](packages[\\/]domain|node_modules[\\/](zod|luxon|@gcm[\\/]domain))[\\/]/,
            },
          ],
        },
      },
    },
  },
});
