import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // dist/.vite/manifest.json: which chunks each route loads, read by scripts/check-budgets.mjs.
    manifest: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases. Only
        // what every page needs before it renders goes into these eager groups; everything else (the
        // captcha widget, react-hook-form, @portal/domain's schemas) follows the lazy route that imports
        // it, so public pages never download what only the citizen area or the staff use. zod is eager:
        // the API client parses every answer with it (and main.tsx configures it).
        codeSplitting: {
          groups: [
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            { name: 'router', test: /[\\/]node_modules[\\/]react-router[\\/]/, priority: 20 },
            { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]/, priority: 20 },
            {
              name: 'vendor',
              test: /[\\/]node_modules[\\/](i18next|react-i18next|@tanstack[\\/](query-core|react-query))[\\/]/,
              priority: 10,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    unstubGlobals: true,
    css: false,
    // Generous limits so that a loaded machine does not fail a correct test (the defaults, 5 s and
    // 10 s, are exceeded when the CPU is shared). A test still ends as soon as it passes.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
