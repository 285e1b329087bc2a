// Builds the unpacked extension for both browsers: dist/chrome and dist/firefox.
import { build } from 'vite';

const targets = process.argv.slice(2).length ? process.argv.slice(2) : ['chrome', 'firefox'];
for (const mode of targets) {
  await build({ mode, logLevel: 'warn' });
  console.log(`built dist/${mode}`);
}
