import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In production the API serves dist/ itself (with an SPA fallback), so the app only ever calls
// relative /api URLs. In `vite` dev the same URLs are proxied to the API on port 3000.
const API_ORIGIN = 'http://localhost:3000';

/**
 * The API refuses writes whose Origin is not its PUBLIC_URL (docs/decisions/0014). Pages served by
 * this dev server say Origin http://localhost:5173 (or :4173): the proxy presents them as the API's
 * own origin. Any other Origin is passed on unchanged, and refused.
 */
function apiProxy(devPort: number) {
  return {
    '/api': {
      target: 'http://127.0.0.1:3000',
      changeOrigin: false,
      configure: (proxy: { on(event: 'proxyReq', listener: (request: ProxyRequest) => void): void }) => {
        proxy.on('proxyReq', (request) => {
          const origin = request.getHeader('origin');
          if (origin === `http://localhost:${devPort}` || origin === `http://127.0.0.1:${devPort}`) {
            request.setHeader('origin', API_ORIGIN);
          }
        });
      },
    },
  };
}
interface ProxyRequest {
  getHeader(name: string): unknown;
  setHeader(name: string, value: string): void;
}

export default defineConfig({
  plugins: [react()],
  // Bundle the shared contract from its TypeScript source (ES modules), so zod and luxon are
  // tree-shaken; the API uses the same code compiled to CommonJS.
  resolve: {
    alias: { '@gcm/domain': fileURLToPath(new URL('../../packages/domain/src/index.ts', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: apiProxy(5173),
  },
  preview: {
    port: 4173,
    proxy: apiProxy(4173),
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    manifest: true,
    rolldownOptions: {
      // The shared contract is plain declarations (schemas, rules, catalogues) behind one index:
      // a page that imports one schema must not carry the whole contract along.
      treeshake: {
        moduleSideEffects: (id: string) => !/[\\/]packages[\\/]domain[\\/]src[\\/]/.test(id),
      },
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack)[\\/]/,
            },
            // zod with its configuration (src/app/zod-config.ts), which must run in the same chunk,
            // before any schema of the contract is built. The contract itself is split with the pages
            // that use it, so the sign-in page carries only the schemas it parses.
            {
              name: 'zod',
              test: /[\\/](node_modules[\\/]zod[\\/]|src[\\/]app[\\/]zod-config\.ts$)/,
            },
          ],
        },
      },
    },
  },
});
