#!/usr/bin/env node
// `npm run build:cli`: the command line as one file, dist/fenjie.js, that bin/fenjie.js loads (a short command
// reads one file instead of some six hundred modules), and the layers under it transpiled file by file into
// dist/ for the scripts and benches that require them (dist/core, dist/locales, dist/cli/files …).
// esbuild only strips types: `npm run typecheck` is what checks them.
const { existsSync, readdirSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');
const esbuild = require('esbuild');

const root = join(__dirname, '..');
const dist = join(root, 'dist');
// What the command line and the scripts use; the pane (taskpane, excel, commands) is webpack's.
const layers = ['core', 'xlsx', 'cli', 'locales', 'docx', 'host', 'usecases'];

const sources = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });

const common = { platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' };

const build = async () => {
  for (const layer of layers) rmSync(join(dist, layer), { recursive: true, force: true });
  // bin/fenjie.js keeps V8's compiled code of the bundle: none of an older bundle may stay.
  if (existsSync(dist))
    for (const name of readdirSync(dist))
      if (/^fenjie\.js\..*\.cache(\.commands)?$/.test(name)) rmSync(join(dist, name), { force: true });
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: layers.flatMap((layer) => sources(join(root, 'src', layer))),
      outbase: join(root, 'src'),
      outdir: dist,
      sourcemap: true,
      // import('./new') as require, as tsc wrote it: Node's CommonJS cannot resolve an ES import without its .js.
      supported: { 'dynamic-import': false },
    }),
    esbuild.build({
      ...common,
      entryPoints: [join(root, 'src', 'cli', 'main.ts')],
      bundle: true,
      // A native addon: loaded from node_modules when a 通报 draws its charts.
      external: ['@resvg/resvg-js'],
      // import() as require: bin/fenjie.js runs the bundle as a compiled script, which has no ES loader.
      supported: { 'dynamic-import': false },
      outfile: join(dist, 'fenjie.js'),
      sourcemap: 'linked',
      metafile: true,
    }).then((result) => {
      writeFileSync(join(dist, 'fenjie.meta.json'), JSON.stringify(result.metafile));
      return result;
    }),
  ]);
};

const started = Date.now();
build().then(
  () => {
    if (!process.argv.includes('--quiet'))
      process.stdout.write(`build:cli ${relative(root, dist)}/fenjie.js ${Date.now() - started} ms\n`);
  },
  (e) => {
    process.stderr.write(`${e.message ?? e}\n`);
    process.exit(1);
  },
);
