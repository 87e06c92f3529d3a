import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const MARKDOWN_STUB = fileURLToPath(new URL('./src/vendor/markdown-stub.ts', import.meta.url));
const CMS = process.env.VITE_PROXY_TARGET ?? 'http://127.0.0.1:1337';

export default defineConfig({
  base: '/',
  plugins: [react()],
  resolve: {
    alias: {
      // The contracts' TypeScript source: its dist is CommonJS and may lag behind the source.
      '@wuyedesk/contracts': fileURLToPath(new URL('../packages/contracts/src/index.ts', import.meta.url)),
      // Unused MarkdownField dependencies of @refinedev/antd; see src/vendor/markdown-stub.ts.
      'react-markdown': MARKDOWN_STUB,
      'remark-gfm': MARKDOWN_STUB,
    },
  },
  server: {
    proxy: {
      '/api': { target: CMS, changeOrigin: true },
      // Uploaded files (photos, scans) are served by Strapi beside the API.
      '/uploads': { target: CMS, changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd + react-dom + refine core form one ~279 KB gzip vendor chunk every page needs;
    // routes are split off it. Warn only if it grows well past that.
    chunkSizeWarningLimit: 1200,
  },
});
