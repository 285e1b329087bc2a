// `npm run package`: builds both extensions, then writes the store uploads to web-ext-artifacts/:
//   arabic-news-lens-chrome-<version>.zip   dist/chrome at the zip root (Chrome Web Store)
//   arabic-news-lens-firefox-<version>.zip  dist/firefox, made by `web-ext build` (addons.mozilla.org)
//   arabic-news-lens-source-<version>.zip   the committed sources (`git archive HEAD`) plus a build
//                                           note, which AMO asks for because our code is bundled
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'web-ext-artifacts');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const webExt = join(root, 'node_modules', '.bin', 'web-ext');

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options });
  if (r.error) throw new Error(`${cmd}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}`);
}

/** The version in each built manifest must be the one the zip is named after. */
function checkManifest(dir) {
  const manifest = JSON.parse(readFileSync(join(root, dir, 'manifest.json'), 'utf8'));
  if (manifest.version !== version) {
    throw new Error(`${dir}/manifest.json has version ${manifest.version}, package.json ${version}`);
  }
}

/** Zip the contents of `dir` (not the folder itself) with the system's zip, else with web-ext. */
function zipDir(dir, file) {
  rmSync(file, { force: true });
  if (spawnSync('zip', ['-v'], { stdio: 'ignore' }).status === 0) {
    run('zip', ['-q', '-r', '-X', file, '.'], { cwd: dir });
    return;
  }
  // web-ext zips any extension directory; it names the file itself, so build into a scratch folder.
  const scratch = mkdtempSync(join(tmpdir(), 'anl-zip-'));
  run(webExt, ['build', '--source-dir', dir, '--artifacts-dir', scratch, '--filename', 'out.zip']);
  writeFileSync(file, readFileSync(join(scratch, 'out.zip')));
  rmSync(scratch, { recursive: true, force: true });
}

const SOURCE_NOTE = `# Building ${name} ${version} from this source archive

This archive holds the project's sources exactly as committed (git archive HEAD).
The add-on's JavaScript is bundled and minified by Vite; nothing is downloaded at run time.

Requirements: Node.js 20.19 or newer (tested with Node 20 and npm 10), on Linux, macOS or Windows.

    npm ci            # installs the exact versions pinned in package-lock.json
    npm run build     # writes dist/chrome and dist/firefox

The Firefox add-on is dist/firefox (its manifest.json is at that folder's root);
\`npm run package\` zips it as web-ext-artifacts/${name}-firefox-${version}.zip.
`;

try {
  run(process.execPath, ['scripts/build.mjs']);
  checkManifest('dist/chrome');
  checkManifest('dist/firefox');
  mkdirSync(out, { recursive: true });

  const chromeZip = join(out, `${name}-chrome-${version}.zip`);
  zipDir(join(root, 'dist/chrome'), chromeZip);

  const firefoxZip = `${name}-firefox-${version}.zip`;
  run(webExt, [
    'build',
    '--source-dir',
    'dist/firefox',
    '--artifacts-dir',
    'web-ext-artifacts',
    '--filename',
    firefoxZip,
    '--overwrite-dest',
  ]);

  const sourceZip = join(out, `${name}-source-${version}.zip`);
  const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (dirty.trim())
    console.warn('package: uncommitted changes are not in the source archive (it is git archive HEAD).');
  const scratch = mkdtempSync(join(tmpdir(), 'anl-src-'));
  const note = join(scratch, 'BUILD-FROM-SOURCE.md');
  writeFileSync(note, SOURCE_NOTE);
  rmSync(sourceZip, { force: true });
  // --add-file puts the note at the archive root next to package.json.
  run('git', ['archive', '--format=zip', `--output=${sourceZip}`, `--add-file=${note}`, 'HEAD']);
  rmSync(scratch, { recursive: true, force: true });

  for (const file of [chromeZip, join(out, firefoxZip), sourceZip]) {
    if (!existsSync(file)) throw new Error(`${file} was not written`);
    console.log(`${file.slice(root.length + 1)}  ${(statSync(file).size / 1024).toFixed(0)} KB`);
  }
} catch (err) {
  console.error(`package: ${err.message}`);
  process.exit(1);
}
