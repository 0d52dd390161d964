// 6. Cold start: from `node dist/index.js` (the Action) and `node dist/cli.js` to the line that
// announces the cells (just before the first one starts), side by side; and the size of dist/.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fmt, median, root } from './common.ts';

const dist = join(root, 'dist');

/** Milliseconds until the run announces its cells. */
function timeToFirstCell(args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let text = '';
    let took: number | undefined;
    child.stdout.on('data', (chunk) => {
      text += chunk;
      if (took === undefined && /cells \(\d+ to measure\)/.test(text)) took = performance.now() - started;
    });
    child.on('exit', () => (took === undefined ? fail(new Error(`no cell line in:\n${text}`)) : done(took)));
  });
}

function timeBareNode(): Promise<number> {
  const started = performance.now();
  return new Promise((done) =>
    spawn(process.execPath, ['-e', '0']).on('exit', () => done(performance.now() - started)),
  );
}

export interface ColdStartFigures {
  lines: string[];
  /** The slower of the two medians, in ms. */
  slowestMs: number;
}

export async function measureColdStart(rounds: number): Promise<ColdStartFigures> {
  const scratch = mkdtempSync(join(tmpdir(), 'cb-cold-start-'));
  try {
    const config = join(scratch, 'config.json');
    writeFileSync(
      config,
      JSON.stringify({ repetitions: 1, strategies: ['event-loop'], workloads: { cpu: { low: 1000 } } }),
    );
    const out = join(scratch, 'out');
    const entries: Record<string, { args: string[]; env: Record<string, string> }> = {
      'dist/index.js (Action)': {
        args: [join(dist, 'index.js')],
        env: {
          INPUT_CONFIG: config,
          INPUT_COMMENT: 'never',
          INPUT_SUMMARY: 'false',
          'INPUT_ARTIFACT-NAME': '',
          INPUT_OUT: out,
        },
      },
      'dist/cli.js': { args: [join(dist, 'cli.js'), '--config', config, '--out', out], env: {} },
      'bare `node -e 0`': { args: [], env: {} },
    };
    const samples = new Map<string, number[]>(Object.keys(entries).map((name) => [name, []]));
    for (let round = 0; round < rounds; round++) {
      for (const [name, { args, env }] of Object.entries(entries)) {
        samples.get(name)!.push(args.length ? await timeToFirstCell(args, env) : await timeBareNode());
      }
    }
    const lines = [`to the line announcing the cells, median of ${rounds} (Node ${process.version}):`];
    for (const [name, times] of samples)
      lines.push(
        `  ${name.padEnd(24)} ${fmt(median(times), 0).padStart(4)} ms (min ${fmt(Math.min(...times), 0)}, max ${fmt(Math.max(...times), 0)})`,
      );
    const files = readdirSync(dist);
    const bytes = files.reduce((sum, file) => sum + statSync(join(dist, file)).size, 0);
    lines.push(`  dist/: ${files.length} files, ${fmt(bytes / 1024 / 1024, 2)} MiB`);
    const slowestMs = Math.max(median(samples.get('dist/index.js (Action)')!), median(samples.get('dist/cli.js')!));
    return { lines, slowestMs };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
