import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * In the build, crxjs turns `import file from './x?script&module'` into the file name of the
 * module it builds from x.ts; in tests the import stands for that name (and nothing is loaded).
 */
const crxScriptImports: Plugin = {
  name: 'test:crx-script-imports',
  enforce: 'pre',
  resolveId(source) {
    return /\?(?:.*&)?script\b/.test(source) ? `\0crx-script:${source.split('?')[0]}` : null;
  },
  load(id) {
    if (!id.startsWith('\0crx-script:')) return null;
    const name = id.slice('\0crx-script:'.length).replace(/^\.\//, '');
    return `export default ${JSON.stringify(`assets/${name}.js`)};`;
  },
};

// Two projects: fast unit tests (node, or happy-dom where a file asks for it) and the
// end-to-end tests that drive the built extension in real Chromium and Firefox.
export default defineConfig({
  plugins: [crxScriptImports],
  test: {
    // Two files at a time, unit and end-to-end alike: the browsers spend most of their time
    // waiting, so two of them (each file starts its own) overlap their waits on two cores.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/acceptance/**/*.test.ts'],
          environment: 'node',
          // One module graph per worker instead of one per file: the ~50 small files then skip
          // re-importing the engine each time (about 15 s of a 50 s run). Safe because no unit
          // file mocks modules, and those that fake timers or globals restore them in afterEach.
          isolate: false,
          // A guard against a hang, not a speed check: generous, so that a busy machine passes.
          testTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Guards against a hang, generous: a loaded 2-core machine is many times slower.
          testTimeout: 180_000,
          hookTimeout: 300_000,
          // `expect.poll` waits for a state the page reaches (never for one that must not come):
          // its limit is a hang guard, generous, where vitest's default is one second.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
