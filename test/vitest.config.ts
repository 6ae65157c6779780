import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    root: resolve(import.meta.dirname, '..'),
    projects: [
      {
        extends: true,
        // The extension bundles mammoth's browser build (its package.json `browser` field, which Vite
        // follows); the unit tests read .docx files through the same build, not its Node one.
        resolve: { alias: { mammoth: resolve(import.meta.dirname, '../node_modules/mammoth/mammoth.browser.js') } },
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/unit/setup.ts'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          // Each file drives its own Chromium; two at a time is what two cores carry.
          maxWorkers: 2,
          // After the unit tests, which are quick to fail.
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
