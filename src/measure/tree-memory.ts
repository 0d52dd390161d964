// Peak resident memory of a process tree, sampled from outside (the orchestrator), so the
// sampling costs the measured processes nothing.
import pidusage from 'pidusage';
import { hasProcFs, ProcessTreeWatcher } from './process-tree.ts';

// Every wake-up of a Node timer costs 0.3-0.5 ms of CPU on this VM, whatever it does: at a fixed
// 20 Hz the sampler alone was 0.8-1.1% of a core, over 1% of the CPU of the runners it watched
// (issue 19). So the interval grows with the span: every 50 ms at first, then one sample per 5% of
// the time the span has lasted, at most 250 ms apart. A peak that lasts 5% of a span is still
// seen; a 16 s span takes ~100 samples instead of 320.
const FIRST_INTERVAL_MS = 50;
const LONGEST_INTERVAL_MS = 250;
const SHARE_OF_ELAPSED = 0.05;

/** How long to wait before the next sample, `elapsedMs` into the span. */
export const nextSampleDelayMs = (elapsedMs: number) =>
  Math.min(LONGEST_INTERVAL_MS, Math.max(FIRST_INTERVAL_MS, elapsedMs * SHARE_OF_ELAPSED));

export interface MemorySampler {
  /** Takes one more sample now, stops, and returns the peak in bytes. */
  stop(): Promise<number>;
}

/**
 * On Linux, /proc/<pid>/stat already holds the RSS we parse for the tree: one read of a known
 * member costs ~25 µs here, where a pidusage call costs ~650 µs (it re-reads uptime and CPU
 * facts every time). pidusage serves the other platforms, for the root process.
 */
function rssReader(rootPid: number): { read: () => Promise<number>; close: () => void } {
  if (!hasProcFs())
    return {
      read: () =>
        pidusage(rootPid).then(
          (stat) => stat.memory,
          () => 0,
        ),
      close: () => pidusage.clear(),
    };
  const tree = new ProcessTreeWatcher(rootPid);
  return { read: async () => tree.members().reduce((sum, p) => sum + p.rssBytes, 0), close: () => tree.close() };
}

export function sampleTreeMemory(rootPid: number): MemorySampler {
  const rss = rssReader(rootPid);
  let peak = 0;
  let pending: Promise<void> = Promise.resolve();
  const sample = () => {
    // chained, so a slow read never overlaps the next one
    pending = pending.then(async () => {
      peak = Math.max(peak, await rss.read());
    });
    return pending;
  };
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const sampleLater = () => {
    timer = setTimeout(
      () => {
        void sample();
        sampleLater();
      },
      nextSampleDelayMs(performance.now() - started),
    );
  };
  void sample();
  sampleLater();
  let stopped: Promise<number> | undefined;
  return {
    // once: a second call (the runner ended without a result after span-end) gets the same peak
    // rather than reopening the files the first one closed
    stop() {
      stopped ??= (async () => {
        clearTimeout(timer);
        await sample();
        rss.close();
        return peak;
      })();
      return stopped;
    },
  };
}
