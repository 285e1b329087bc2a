import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alt, trieAlt, trieSource } from './lexicon';
import { patternKey, prebuiltSource } from './prebuilt';

const ROOT = resolve(import.meta.dirname, '../..');

describe('prebuilt patterns', () => {
  it('the generated file holds exactly what the engine would build now (else: npm run generate)', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generate-patterns.ts', '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/is up to date \(\d+ sources\)/);
    expect(run.status).toBe(0);
  });

  it('a word list the file does not know is built on the spot, and its pattern still matches', () => {
    const words = ['مصدرٌ مطلع', 'مسؤولة'];
    expect(new RegExp(alt(words), 'u').exec('قال مسووله')?.[0]).toBe('مسووله');
    expect(new RegExp(trieAlt(words), 'u').test('مصدر مطلع')).toBe(true);
    expect(trieSource(['ab', 'ac', 'b'])).toBe('(?:a(?:b|c)|b)');
  });

  it('keys differ when a word list changes by one letter, and only the builder is asked for an unknown one', () => {
    expect(patternKey('alt', ['قال', 'اكد'])).not.toBe(patternKey('alt', ['قال', 'اكدت']));
    expect(patternKey('alt', ['قال'])).not.toBe(patternKey('trie', ['قال']));
    let built = 0;
    expect(
      prebuiltSource('test', ['a word list no module uses'], () => {
        built++;
        return 'x';
      }),
    ).toBe('x');
    expect(built).toBe(1);
  });
});
