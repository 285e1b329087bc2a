/**
 * The Chrome build's rewrite of imports between web-accessible chunks (scripts/dynamic-url.ts):
 * every relative import becomes an import of an absolute URL, the bindings stay the same, and
 * an import it does not understand fails the build.
 */
import { describe, expect, it } from 'vitest';
import { absoluteImports } from '../../scripts/dynamic-url';

const url = (relative: string, absolute: string) => `__anl_url("${relative}","${absolute}")`;

describe('absoluteImports', () => {
  it('gathers the static imports into one awaited load, with the same bindings', () => {
    const out = absoluteImports(
      'import{a as b,c}from"./x.js";import*as ns from"./y.js";import d from"./z.js";import"./side.js";b(c,ns,d);',
      'assets/chunk.js',
    );
    expect(out).toContain(
      `const[__anl_m0,__anl_m1,__anl_m2,__anl_m3]=await Promise.all([import(${url('./x.js', 'assets/x.js')}),` +
        `import(${url('./y.js', 'assets/y.js')}),import(${url('./z.js', 'assets/z.js')}),import(${url('./side.js', 'assets/side.js')})]);`,
    );
    expect(out).toContain('const {a:b,c}=__anl_m0,ns=__anl_m1,{default:d}=__anl_m2;b(c,ns,d);');
    expect(out.startsWith('const __anl_url=')).toBe(true);
  });

  it('rewrites dynamic imports anywhere in the chunk', () => {
    const out = absoluteImports('export function load(){return import(`./links-1.js`)}', 'assets/e.js');
    expect(out).toContain(`return import(${url('./links-1.js', 'assets/links-1.js')})`);
    expect(out).not.toContain('`./links-1.js`');
  });

  it('leaves a chunk without relative imports as it is', () => {
    const code = 'var a=1;export{a as t};';
    expect(absoluteImports(code, 'assets/a.js')).toBe(code);
  });

  it('turns a re-export (an entry whose modules went to a chunk group) into an awaited load, same names', () => {
    const below = (file: string) => (file === 'assets/group.js' ? ['assets/runtime.js'] : []);
    expect(absoluteImports('export{t as start,u}from"./group.js";', 'assets/main.js', below)).toContain(
      `__anl_pre([${url('./runtime.js', 'assets/runtime.js')}]);` +
        `const{t:__anl_e0,u:__anl_e1}=await import(${url('./group.js', 'assets/group.js')});` +
        'export{__anl_e0 as start,__anl_e1 as u};',
    );
  });

  it('refuses an import it cannot rewrite', () => {
    expect(() => absoluteImports('var a=1;export*from"./x.js";', 'assets/a.js')).toThrow(/relative import/);
  });

  it('gives every rewritten chunk the per-session URL in a content script and the file beside it in an extension page', async () => {
    const helper = absoluteImports('import(`./x.js`)', 'assets/a.js').split(';')[0] as string;
    const make = new Function(
      'chrome',
      'globalThis',
      `${helper.replace('import.meta.url', 'globalThis.base')};return __anl_url;`,
    );
    const inPage = make(
      { runtime: { getURL: (p: string) => `chrome-extension://dynamic-id/${p}` } },
      {
        location: { protocol: 'https:' },
      },
    );
    expect(inPage('./x.js', 'assets/x.js')).toBe('chrome-extension://dynamic-id/assets/x.js');
    const inPopup = make(
      {},
      { location: { protocol: 'chrome-extension:' }, base: 'chrome-extension://id/assets/a.js' },
    );
    expect(inPopup('./x.js', 'assets/x.js')).toBe('chrome-extension://id/assets/x.js');
  });

  it('asks at once for everything below an import, so modules do not load one round trip after another', () => {
    const graph: Record<string, string[]> = {
      'assets/engine.js': ['assets/data.js', 'assets/names.js'],
      'assets/data.js': ['assets/names.js'],
      'assets/names.js': [],
      'assets/session.js': ['assets/main.js'],
      'assets/main.js': [],
    };
    const closureOf = (file: string) => {
      const out = new Set<string>();
      const pending = [...(graph[file] ?? [])];
      while (pending.length > 0) {
        const f = pending.pop() as string;
        if (out.has(f)) continue;
        out.add(f);
        pending.push(...(graph[f] ?? []));
      }
      return [...out].sort();
    };
    // A static import brings its own imports into the same awaited load.
    const statics = absoluteImports('import{a}from"./data.js";a();', 'assets/main.js', closureOf);
    expect(statics).toContain(
      `await Promise.all([import(${url('./data.js', 'assets/data.js')}),import(${url('./names.js', 'assets/names.js')})])`,
    );
    // A dynamic import starts loading what the imported chunk will import, then imports it.
    const dynamic = absoluteImports(
      'function go(){return import("./engine.js")}',
      'assets/main.js',
      closureOf,
    );
    expect(dynamic).toContain(
      `return (__anl_pre([${url('./data.js', 'assets/data.js')},${url('./names.js', 'assets/names.js')}]),import(${url('./engine.js', 'assets/engine.js')}))`,
    );
    // A module that imports this chunk back is not awaited here (it would wait for this chunk).
    const cycle = absoluteImports(
      'function go(){return import("./session.js")}',
      'assets/main.js',
      closureOf,
    );
    expect(cycle).toContain(`return import(${url('./session.js', 'assets/session.js')})`);
    expect(cycle).not.toContain('__anl_pre([');
  });
});
