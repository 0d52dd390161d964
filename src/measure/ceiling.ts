// The runner's own ceiling: what this machine delivers, right now, for w independent busy
// processes against one. A pool that scales 1.6× on a box whose bare ceiling is 1.6× is
// perfect, not slow; a noisy neighbour or a throttled VM shows up here first.
//
// Each busy process is a plain `node -e` loop: no pool, no IPC, none of our code in the loop,
// so nothing this tool does can lower the number. The loop times itself (start-up excluded).
// Steal time from /proc/stat says how much of the machine the hypervisor kept for others.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { median } from '../stats/summary.ts';

/** What w independent busy processes delivered against one, on this machine, now. */
export interface CeilingReading {
  /** How many processes ran side by side. */
  workers: number;
  /** w × (one process's loop time alone) ÷ (the slowest loop time when w run at once): w = perfect. Median over the trials' paired ratios. */
  ratio: number;
  /** Median seconds of the fixed loop run alone. */
  alone_s: number;
  /** Median over trials of the slowest loop's seconds when the w processes run together (like a batch, done when its last task is). */
  together_s: number;
  /** Paired ratio per trial (alone then together, alternating), for the record. */
  samples: number[];
  /** Iterations of the busy loop: alone_s ÷ iterations is this machine's speed on fixed work. */
  iterations: number;
}

/** Cumulative CPU ticks from the aggregate "cpu" line of /proc/stat; undefined where there is no /proc/stat (macOS, Windows). */
export interface CpuTicks {
  steal: number;
  total: number;
}

export function readCpuTicks(): CpuTicks | undefined {
  try {
    return parseProcStat(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return undefined;
  }
}

/** Share of all CPU time stolen by the hypervisor between two readings (0..1); undefined if either is missing or no time passed. */
export function stealShare(before: CpuTicks | undefined, after: CpuTicks | undefined): number | undefined {
  if (!before || !after || after.total <= before.total) return undefined;
  return Math.min(1, Math.max(0, (after.steal - before.steal) / (after.total - before.total)));
}

/** Pure: the /proc/stat text → ticks (aggregate "cpu " line: user nice system idle iowait irq softirq steal [guest guest_nice]; total = sum of the first 8 fields; guest is already counted in user). Undefined if the line is missing or malformed. */
export function parseProcStat(text: string): CpuTicks | undefined {
  const line = /^cpu +(.*)$/m.exec(text)?.[1];
  const fields = line?.trim().split(/\s+/).slice(0, 8);
  if (!fields || fields.length < 8 || !fields.every((f) => /^\d+$/.test(f))) return undefined;
  const ticks = fields.map(Number);
  return { steal: ticks[7], total: ticks.reduce((sum, t) => sum + t, 0) };
}

export interface CeilingOptions {
  /** Seconds one busy loop should take alone (default 0.3). */
  loopSeconds?: number;
  /** Alternating alone/together trials (default 3). */
  trials?: number;
  /** Node binary to spawn (default process.execPath). */
  execPath?: string;
  signal?: AbortSignal;
}

// Integer arithmetic only, no allocation; the result is printed so V8 cannot drop the loop.
// The flags make every run the same program: left alone, V8 compiles the hot loop on a
// background thread, and on a busy machine that thread loses the race, so one process of the
// pair may run its whole loop in baseline code, 4× slower (seen here: ratio 0.7 instead of 2).
// Compiled on the main thread, straight to Turbofan, costs the same alone and together.
// Each process says "ready" once booted and starts its loop when stdin closes, so the w loops
// start together rather than staggered by start-up. The marker finds strays in /proc/<pid>/cmdline.
const BUSY_ARGS = [
  '--no-maglev',
  '--no-concurrent-osr',
  '--no-concurrent-recompilation',
  '-e',
  `/* concurrency-bench-ceiling */
function loop(n) { let x = 0; for (let i = 0; i < n; i++) x = (Math.imul(x, 31) + i) | 0; return x; }
console.log('ready');
process.stdin.on('end', () => {
  const start = performance.now(), x = loop(Number(process.argv[1]));
  console.log((performance.now() - start) / 1000, x);
}).resume();`,
];

/** Starts `count` busy loops at once; resolves with each loop's seconds once all have ended. */
function runLoops(count: number, iterations: number, execPath: string, signal?: AbortSignal): Promise<number[]> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error('cancelled'));
    const children: ChildProcess[] = [];
    const seconds: number[] = [];
    let failure: Error | undefined;
    let running = count;
    let ready = 0;
    // The first failure kills the others; we settle only when every process has gone.
    const fail = (error: Error) => {
      failure ??= error;
      for (const child of children) child.kill('SIGKILL');
    };
    const onAbort = () => fail(new Error('cancelled'));
    signal?.addEventListener('abort', onAbort, { once: true });
    for (let i = 0; i < count; i++) {
      const child = spawn(execPath, [...BUSY_ARGS, String(iterations)], { stdio: ['pipe', 'pipe', 'pipe'] });
      children.push(child);
      let stdout = '';
      let stderr = '';
      child.stdin!.on('error', () => {}); // a process that died early: its own 'close' reports it
      child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
        const booted = stdout.startsWith('ready\n');
        stdout += chunk;
        if (!booted && stdout.startsWith('ready\n') && ++ready === count) for (const c of children) c.stdin!.end(); // all booted: go
      });
      child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-2000)));
      child.on('error', (error) => fail(new Error(`ceiling: could not start ${execPath}: ${error.message}`)));
      child.on('close', (code, killedBy) => {
        const printed = stdout.replace(/^ready\n/, '').trim();
        const value = Number(printed.split(' ')[0]);
        const why = stderr.trim().split('\n').pop();
        if (code !== 0)
          fail(
            new Error(
              `ceiling: the busy process ${killedBy ? `was killed by ${killedBy}` : `exited with code ${code}`}${why ? ` (${why})` : ''}`,
            ),
          );
        else if (!(value > 0))
          fail(
            new Error(
              `ceiling: the busy process printed ${JSON.stringify(printed.slice(0, 80))}, not its loop seconds`,
            ),
          );
        else seconds[i] = value;
        if (--running > 0) return;
        signal?.removeEventListener('abort', onAbort);
        if (failure) reject(failure);
        else resolve(seconds);
      });
    }
  });
}

export async function measureCeiling(workers: number, options: CeilingOptions = {}): Promise<CeilingReading> {
  const { loopSeconds = 0.3, trials = 3, execPath = process.execPath, signal } = options;
  if (!Number.isInteger(workers) || workers < 1)
    throw new Error(`ceiling: workers must be a whole number ≥ 1, not ${workers}`);
  if (!(loopSeconds > 0) || !Number.isInteger(trials) || trials < 1)
    throw new Error(`ceiling: needs loopSeconds > 0 and whole trials ≥ 1, not ${loopSeconds} and ${trials}`);
  const run = (count: number, iterations: number) => runLoops(count, iterations, execPath, signal);

  // Calibrate: grow until a loop is long enough to time, then scale to loopSeconds.
  let iterations = 1e6;
  let [seconds] = await run(1, iterations);
  while (seconds < Math.min(0.05, loopSeconds) && iterations < 1e12) {
    iterations *= 10;
    [seconds] = await run(1, iterations);
  }
  iterations = Math.max(1, Math.round((iterations * loopSeconds) / seconds));

  const alone: number[] = [];
  const together: number[] = [];
  const samples: number[] = [];
  for (let trial = 0; trial < trials; trial++) {
    const [one] = await run(1, iterations);
    const all = await run(workers, iterations);
    // A batch of tasks ends with its slowest: with more processes than cores, the mean would
    // credit the ones that happened to finish early.
    const slowest = Math.max(...all);
    alone.push(one);
    together.push(slowest);
    samples.push((workers * one) / slowest);
  }
  return { workers, ratio: median(samples), alone_s: median(alone), together_s: median(together), samples, iterations };
}
