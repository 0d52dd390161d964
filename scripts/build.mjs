// Bundles src/ into dist/ (or the folder given as the first argument): the Action and the CLI
// run from dist/ with no node_modules, so every file a pool or runner loads must be here too.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const outdir = resolve(process.argv[2] ?? 'dist');
const require = createRequire(import.meta.url);

// piscina and other CommonJS code call require() and read __dirname; ESM has neither.
const banner = [
  "import { createRequire as __cbCreateRequire } from 'node:module';",
  "import { fileURLToPath as __cbFileURLToPath } from 'node:url';",
  "import { dirname as __cbDirname } from 'node:path';",
  'const require = __cbCreateRequire(import.meta.url);',
  'const __filename = __cbFileURLToPath(import.meta.url);',
  'const __dirname = __cbDirname(__filename);',
].join('\n');

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: {
    cli: 'src/cli.ts',
    index: 'src/index.ts',
    runner: 'src/measure/runner.ts',
    'task-worker': 'src/strategies/task-worker.ts',
    'task-child': 'src/strategies/task-child.ts',
    // piscina starts its threads from <folder of its own code>/worker.js
    worker: join(dirname(require.resolve('piscina')), 'worker.js'),
  },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  // prefer ES module builds: jsonc-parser's default UMD build requires files esbuild cannot see
  mainFields: ['module', 'main'],
  banner: { js: banner },
  // optional native add-on that piscina loads inside a try
  external: ['@napi-rs/nice'],
  legalComments: 'none',
  logLevel: 'warning',
});
writeFileSync(join(outdir, 'package.json'), '{ "type": "module" }\n');
copyFileSync('src/python/harness.py', join(outdir, 'harness.py'));
