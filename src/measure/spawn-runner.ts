// Starts one runner process for one repetition, listens to it, samples its tree's memory
// during the measured span, and leaves nothing behind.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { CalibrationPoint } from '../results/types.ts';
import { MESSAGE_FD, type RunnerJob, type RunnerMessage } from './protocol.ts';
import type { Repetition } from './metrics.ts';
import { sampleTreeMemory, type MemorySampler } from './tree-memory.ts';

export interface RunnerCommand {
  command: string;
  /** Arguments before the job's JSON. */
  args: string[];
  env: NodeJS.ProcessEnv;
}

export type RepetitionOutcome =
  | { ok: true; repetition: Repetition; info?: Record<string, unknown>; calibration?: CalibrationPoint[] }
  | { ok: false; error: string; cancelled?: true };

export const CANCELLED = 'cancelled: the run was stopped before this finished';

const OUTPUT_TAIL_BYTES = 4096;
const STRAY_PIPE_GRACE_MS = 2000;

/** Keeps only the end of a stream, so a workload printing megabytes costs no memory. */
function keepTail(stream: Readable): () => string {
  let tail = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    tail = (tail + chunk).slice(-OUTPUT_TAIL_BYTES);
  });
  return () => tail;
}

/** The last line of stderr that reads like an error ("DataCloneError: …"), not a stack frame or banner. */
function lastErrorLine(text: string): string | undefined {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^[\w.]*(Error|Exception)\b.*:|^Fatal|out of memory/i.test(line))
    .pop();
}

/** Why a runner ended without a result, in the words a developer needs. */
function whyItEnded(code: number | null, signal: NodeJS.Signals | null, stderr: string): string {
  const error = lastErrorLine(stderr);
  if (signal)
    return `the process was killed by ${signal}${error ? ` (${error})` : ''}: the workload crashed it or ran out of memory`;
  if (error) return error;
  return `the process exited with code ${code} before reporting a result: does the workload call process.exit() or os._exit()?`;
}

/** A bound on a runner's whole life, and what it bounds, for the message when it runs out. */
export interface RunnerTimeout {
  ms: number;
  what: string;
}

/** `signal` cancels: the runner's whole process group is killed and the outcome says so. */
export function runRepetition(
  runner: RunnerCommand,
  job: RunnerJob,
  timeout: RunnerTimeout,
  signal?: AbortSignal,
): Promise<RepetitionOutcome> {
  if (signal?.aborted) return Promise.resolve({ ok: false, error: CANCELLED, cancelled: true });
  // A process group of its own, so the whole tree can be ended at once.
  const child = spawn(runner.command, [...runner.args, JSON.stringify(job)], {
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    env: runner.env,
    detached: true,
  });
  const stderrTail = keepTail(child.stderr!);
  keepTail(child.stdout!);
  const killGroup = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  };

  let sampler: MemorySampler | undefined;
  let peakMemory: Promise<number> = Promise.resolve(0);
  let result: Extract<RunnerMessage, { type: 'result' }> | undefined;
  let reportedError: string | undefined;
  const messages = createInterface({ input: child.stdio[MESSAGE_FD] as Readable });
  messages.on('line', (line) => {
    let message: RunnerMessage;
    try {
      message = JSON.parse(line);
    } catch {
      return; // not ours
    }
    // A serial run's memory is never reported: watching it would only cost the orchestrator CPU.
    if (message.type === 'span-start' && child.pid && job.mode !== 'serial') sampler = sampleTreeMemory(child.pid);
    else if (message.type === 'span-end' && sampler) peakMemory = sampler.stop();
    else if (message.type === 'result') result = message;
    else if (message.type === 'error') reportedError = message.message;
  });

  return new Promise((resolve) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup();
    }, timeout.ms);
    const onAbort = () => killGroup();
    signal?.addEventListener('abort', onAbort, { once: true });
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, error: `could not start ${runner.command}: ${error.message}` });
    });
    child.on('exit', () => {
      killGroup(); // forkservers, resource trackers, anything the workload left running
      // A process that left the group could hold our pipes open for ever: stop waiting for them.
      setTimeout(() => {
        for (const stream of child.stdio) stream?.destroy();
      }, STRAY_PIPE_GRACE_MS).unref();
    });
    child.on('close', async (code, exitSignal) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (sampler && !result) await sampler.stop();
      if (signal?.aborted) {
        resolve({ ok: false, error: CANCELLED, cancelled: true });
        return;
      }
      if (result && !timedOut) {
        const { wall_time, cpu_time, phases, cpu_phases, warm, info, calibration } = result;
        const repetition: Repetition = {
          wall_time,
          cpu_time,
          phases,
          ...(cpu_phases ? { cpu_phases } : {}),
          peak_memory_bytes: await peakMemory,
          ...(warm ? { warm } : {}),
        };
        resolve({ ok: true, repetition, info, ...(calibration ? { calibration } : {}) });
        return;
      }
      const error = timedOut
        ? `timed out after ${timeout.ms / 1000} s (${timeout.what}): the runner and everything it started were killed`
        : (reportedError ?? whyItEnded(code, exitSignal, stderrTail()));
      resolve({ ok: false, error });
    });
  });
}
