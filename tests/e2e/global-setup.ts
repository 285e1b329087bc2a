import { build } from 'vite';

/** Build both browser extensions once before the end-to-end tests drive them. */
export default async function setup(): Promise<void> {
  if (process.env.SKIP_E2E_BUILD === '1') return;
  for (const mode of ['chrome', 'firefox']) await build({ mode, logLevel: 'warn' });
}
