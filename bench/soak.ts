// Soak: the default matrix several times in a row in ONE orchestrator process (the engine that
// the CLI and the Action run), checking after each round that no process of ours and no temp
// folder is left, and printing the orchestrator's memory after a forced GC.
// Run: npm run build && node --expose-gc bench/soak.ts   (SOAK_ROUNDS, default 5;
// SOAK_REPETITIONS, default the config's "auto")
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runBenchmark } from '../src/benchmark.ts';

const ROUNDS = Number(process.env.SOAK_ROUNDS ?? 5);
const REPETITIONS = process.env.SOAK_REPETITIONS;
const root = resolve(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'cb-soak-'));

function ourProcesses(): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      const state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
      if (state !== 'Z' && /dist\/(harness\.py|runner\.js|task-child\.js)|multiprocessing/.test(cmdline))
        found.push(`${pid} ${cmdline.slice(0, 80)}`);
    } catch {
      // gone meanwhile
    }
  }
  return found;
}
// ours, and a Python forkserver's socket folder (runners get the run's folder as TMPDIR)
const ourTempFolders = () =>
  readdirSync(tmpdir()).filter((name) => name.startsWith('concurrency-bench-') || name.startsWith('pymp-'));
const rssMb = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().rss / 1024 / 1024;
};

console.log(
  `soak: default matrix (${join(root, 'config.json')}) x ${ROUNDS} rounds, repetitions ${REPETITIONS ?? 'from the config'}; gc ${'gc' in globalThis ? 'forced' : 'NOT available (run with --expose-gc)'}`,
);
console.log(`round  seconds  cells  failed  processes-left  temp-folders-left  orchestrator-rss-MB`);
console.log(
  `    0        -      -       -  ${String(ourProcesses().length).padStart(14)}  ${String(ourTempFolders().length).padStart(17)}  ${rssMb().toFixed(1).padStart(19)}`,
);
for (let round = 1; round <= ROUNDS; round++) {
  const started = performance.now();
  const outcome = await runBenchmark({
    outDir: join(out, `round-${round}`),
    overrides: { repetitions: REPETITIONS },
    cwd: root,
    env: process.env,
    progress: () => {},
    withEta: false,
  });
  const seconds = (performance.now() - started) / 1000;
  const failed = outcome.results.cells.filter((cell) => cell.status === 'failed').length;
  const left = ourProcesses();
  console.log(
    `${String(round).padStart(5)}  ${seconds.toFixed(0).padStart(7)}  ${String(outcome.results.cells.length).padStart(5)}  ${String(failed).padStart(6)}  ${String(left.length).padStart(14)}  ${String(ourTempFolders().length).padStart(17)}  ${rssMb().toFixed(1).padStart(19)}`,
  );
  for (const line of left) console.log(`       left: ${line}`);
}
rmSync(out, { recursive: true, force: true });
