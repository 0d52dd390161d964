// Bundles src/ into dist/ (or the folder given as the first argument): the Action and the CLI
// run from dist/ with no node_modules, so every file a pool or runner loads must be here too.
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const outdir = resolve(process.argv[2] ?? 'dist');

/** piscina starts its threads from <folder of its own code>/worker.js: point it at ours. */
const piscinaWorkerAsCommonJs = {
  name: 'piscina-worker-as-commonjs',
  setup(build) {
    build.onLoad({ filter: /piscina[\\/]dist[\\/]index\.js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      const patched = source.replace("'worker.js')", "'piscina-worker.cjs')");
      if (patched === source)
        throw new Error(`piscina changed: no 'worker.js' to point at piscina-worker.cjs in ${args.path}`);
      return { contents: patched, loader: 'js' };
    });
  },
};
const require = createRequire(import.meta.url);

// piscina and other CommonJS code call require() and read __dirname; ESM has neither. The
// file names get names of their own (see `define`): some bundled ES modules declare a
// `__filename` of their own, which would clash with ours in the bundle's one scope.
const banner = [
  "import { createRequire as __cbCreateRequire } from 'node:module';",
  "import { fileURLToPath as __cbFileURLToPath } from 'node:url';",
  "import { dirname as __cbPathDirname } from 'node:path';",
  'const require = __cbCreateRequire(import.meta.url);',
  'const __cbFilename = __cbFileURLToPath(import.meta.url);',
  'const __cbDirname = __cbPathDirname(__cbFilename);',
].join('\n');

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: {
    cli: 'src/cli.ts',
    index: 'src/index.ts',
    runner: 'src/measure/runner.ts',
  },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  // shared code in chunks beside the entries: the Action's GitHub clients load only after the
  // run (dynamic import), so they do not slow the start; chunks stay in dist/ itself because
  // piscina looks for worker.js beside its own code
  splitting: true,
  chunkNames: 'chunk-[hash]',
  // prefer ES module builds: jsonc-parser's default UMD build requires files esbuild cannot see
  mainFields: ['module', 'main'],
  banner: { js: banner },
  define: { __filename: '__cbFilename', __dirname: '__cbDirname' },
  // optional native add-on that piscina loads inside a try
  external: ['@napi-rs/nice'],
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [piscinaWorkerAsCommonJs],
});
// The entries every pool worker loads before its first task, each as one file with no chunk to
// fetch and link beside it, and no banner (they need neither require nor __dirname): a worker's
// start-up is part of every cold cell (bench/harness, start-up).
await build({
  entryPoints: { 'task-worker': 'src/strategies/task-worker.ts', 'task-child': 'src/strategies/task-child.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
});
// piscina's thread entry, on its own and as CommonJS: each new thread loads it before anything
// else, and an ES module there costs every worker ~25 ms more to start (bench/harness, efficiency).
await build({
  entryPoints: { 'piscina-worker': join(dirname(require.resolve('piscina')), 'worker.js') },
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'cjs',
  external: ['@napi-rs/nice'],
  legalComments: 'none',
  logLevel: 'warning',
});
writeFileSync(join(outdir, 'package.json'), '{ "type": "module" }\n');
// The Python runner, as its package folder (stdlib only): Python's own bytecode cache, wherever
// a run wrote one, is not part of the bundle.
cpSync('src/python/concurrency_bench_harness', join(outdir, 'concurrency_bench_harness'), {
  recursive: true,
  filter: (path) => !path.includes('__pycache__'),
});
