// Cold start: from `node dist/index.js` (the Action) and `node dist/cli.js` to the line that
// announces the first cell, measured side by side in one run; and the size of dist/.
// Run: npm run build && node bench/cold-start.ts
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROUNDS = Number(process.env.COLD_START_ROUNDS ?? 10);
const dist = resolve(import.meta.dirname, '..', 'dist');
const scratch = mkdtempSync(join(tmpdir(), 'cb-cold-start-'));
const config = join(scratch, 'config.json');
writeFileSync(config, JSON.stringify({ repetitions: 1, strategies: ['event-loop'], workloads: { cpu: { low: 1000 } } }));

const entries = {
  'dist/index.js (Action)': {
    args: [join(dist, 'index.js')],
    env: { INPUT_CONFIG: config, INPUT_COMMENT: 'never', INPUT_SUMMARY: 'false', 'INPUT_ARTIFACT-NAME': '', INPUT_OUT: join(scratch, 'out') },
  },
  'dist/cli.js': { args: [join(dist, 'cli.js'), '--config', config, '--out', join(scratch, 'out')], env: {} },
};

/** Milliseconds until the run announces its cells (before the first one starts). */
function timeToFirstCell(args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    let took: number | undefined;
    child.stdout.on('data', (chunk) => {
      text += chunk;
      if (took === undefined && /cells \(\d+ to measure\)/.test(text)) took = performance.now() - started;
    });
    child.on('exit', () => (took === undefined ? fail(new Error(`no cell line in:\n${text}`)) : done(took)));
  });
}

const samples = new Map<string, number[]>(Object.keys(entries).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, { args, env }] of Object.entries(entries)) samples.get(name)!.push(await timeToFirstCell(args, env));
}
rmSync(scratch, { recursive: true, force: true });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const bare = await (async () => {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    await new Promise((done) => spawn(process.execPath, ['-e', '0']).on('exit', done));
    times.push(performance.now() - started);
  }
  return median(times);
})();
console.log(`cold start to the first cell, median of ${ROUNDS} (Node ${process.version}):`);
for (const [name, times] of samples) console.log(`  ${name.padEnd(24)} ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`);
console.log(`  ${'bare `node -e 0`'.padEnd(24)} ${bare.toFixed(0)} ms`);
const files = readdirSync(dist);
const bytes = files.reduce((sum, file) => sum + statSync(join(dist, file)).size, 0);
console.log(`dist/: ${files.length} files, ${(bytes / 1024 / 1024).toFixed(2)} MiB`);
