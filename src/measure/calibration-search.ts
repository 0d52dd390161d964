// The search behind duration levels: which whole-number argument makes one call take the target
// time? Runs inside a runner, on the serial path (the workload called in the runner's thread).
// src/python/concurrency_bench_harness/calibration.py is the same search, step for step.
//
// 1. Grow the argument until one call takes at least CALIBRATION.probe_s (timer noise is then
//    small next to it).
// 2. For each target, smallest first: start from the proportional estimate of the nearest
//    measured point, measure, correct proportionally, until within the tolerance or out of
//    attempts; keep the closest. A workload whose smallest argument (1) already takes longer
//    than the target (network(1) is a whole round trip) gets 1, with a note saying so.
import { formatSeconds } from '../format-seconds.ts';
import type { CalibrationPoint } from '../results/types.ts';
import { CALIBRATION } from './protocol.ts';
import { median } from './stats.ts';

/** Seconds one call with this argument takes. */
export type TimeCall = (arg: number) => Promise<number>;

/** Short calls are timed a few times and the median taken: one call of 10 ms is at the mercy of a time slice. */
const callsFor = (targetS: number) => (targetS < 0.05 ? 5 : targetS < 0.3 ? 3 : 1);

async function timed(timeCall: TimeCall, arg: number, calls: number): Promise<number> {
  const seconds: number[] = [];
  for (let i = 0; i < calls; i++) seconds.push(await timeCall(arg));
  return median(seconds);
}

const clampArg = (arg: number) => Math.min(CALIBRATION.max_arg, Math.max(1, Math.round(arg)));
const miss = (seconds: number, target: number) => Math.abs(seconds / target - 1);

export async function calibrate(timeCall: TimeCall, targets: number[]): Promise<CalibrationPoint[]> {
  const measured: { arg: number; seconds: number }[] = [];
  let arg = 1;
  let seconds = await timeCall(arg);
  measured.push({ arg, seconds });
  const probe = Math.min(CALIBRATION.probe_s, Math.min(...targets) / 2);
  while (seconds < probe && arg < CALIBRATION.max_arg) {
    arg = clampArg(arg * Math.min(100, Math.max(2, probe / Math.max(seconds, 1e-6))));
    seconds = await timeCall(arg);
    measured.push({ arg, seconds });
  }

  const points: CalibrationPoint[] = [];
  for (const target of [...targets].sort((a, b) => a - b)) {
    const nearest = measured.reduce((best, m) =>
      Math.abs(Math.log(m.seconds / target)) < Math.abs(Math.log(best.seconds / target)) ? m : best,
    );
    let candidate = clampArg((nearest.arg * target) / Math.max(nearest.seconds, 1e-9));
    let best: { arg: number; seconds: number } | undefined;
    for (let attempt = 0; attempt < CALIBRATION.attempts; attempt++) {
      const took = await timed(timeCall, candidate, callsFor(target));
      measured.push({ arg: candidate, seconds: took });
      if (!best || miss(took, target) < miss(best.seconds, target)) best = { arg: candidate, seconds: took };
      if (miss(took, target) <= CALIBRATION.tolerance) break;
      const next = clampArg((candidate * target) / Math.max(took, 1e-9));
      if (next === candidate) break; // the nearest whole number: no closer argument exists
      candidate = next;
    }
    points.push({ target_s: target, ...best!, ...noteFor(best!, target) });
  }
  return targets.map((target) => points.find((p) => p.target_s === target)!);
}

function noteFor(best: { arg: number; seconds: number }, target: number): { note?: string } {
  if (miss(best.seconds, target) <= CALIBRATION.tolerance) return {};
  if (best.arg === 1 && best.seconds > target)
    return { note: `the smallest argument (1) already takes ${formatSeconds(best.seconds)}` };
  // One more or one less would move the time by more than the tolerance allows on both sides.
  if (best.seconds / best.arg > 2 * CALIBRATION.tolerance * target) {
    return {
      note: `whole arguments move in steps of ${formatSeconds(best.seconds / best.arg)}: the nearest takes ${formatSeconds(best.seconds)}`,
    };
  }
  return {
    note: `no argument came within ${CALIBRATION.tolerance * 100}%: the closest took ${formatSeconds(best.seconds)}`,
  };
}
