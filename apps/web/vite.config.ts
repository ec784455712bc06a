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
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            // The captcha widget is only needed on the registration page: its own lazy chunk.
            { name: 'altcha', test: /[\\/]node_modules[\\/]altcha[\\/]/, priority: 40 },
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
            { name: 'router', test: /[\\/]node_modules[\\/]react-router[\\/]/, priority: 20 },
            // The shared schemas and calendars of @portal/domain change with the API, not with the pages.
            { name: 'domain', test: /[\\/]packages[\\/]domain[\\/]/, priority: 15 },
            { name: 'vendor', test: /[\\/]node_modules[\\/]/, priority: 10 },
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
