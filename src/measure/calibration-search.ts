// The search behind duration levels: which whole-number argument makes one call take the target
// time? Runs inside a runner, on the serial path (the workload called in the runner's thread).
// src/python/concurrency_bench_harness/calibration.py is the same search, step for step.
//
// 1. Grow the argument until one call takes at least the probe time (CALIBRATION.probe_s, or
//    half the smallest target): timer noise is then small next to it.
// 2. For each target, smallest first: fit seconds = a + b × arg through every call measured so
//    far (fitLine: which calls count, and how much), choose arg = round((target − a) / b), and
//    check it with several calls (callsFor); their median is what the argument takes. Within the
//    tolerance: done. Else the check's calls join the fit, which chooses again, at most
//    CALIBRATION.attempts checks; the check with the closest median is kept, with its calls
//    (`samples`). A workload whose smallest argument (1) already takes longer than the target
//    (network(1) is a whole round trip) gets 1, with a note saying so.
//
// What it costs (calibrationCostEstimate): the probe, 2-4 × its time (each step aims at it and
// at least doubles, so the calls before the last add up to less than 2× it, and the last is at
// most 2× it). Per target, each check is callsFor(target) calls of about the target: 5 × target
// below CALIBRATION.long_s (0.2 s), 3 × target from there. One or two checks is the rule once the
// fit has calls near the target; CALIBRATION.attempts (4) is the bound, so a target costs 5-20 ×
// itself below 0.2 s and 3-12 × above. Targets of 10, 100 and 500 ms: 2.1 s of calls with one
// check each, 8.2 s at most, plus the runner's start-up.
import { formatSeconds } from '../format-seconds.ts';
import type { CalibrationFit, CalibrationPoint } from '../results/types.ts';
import { CALIBRATION } from './protocol.ts';
import { median } from '../stats/summary.ts';

/** Seconds one call with this argument takes. */
export type TimeCall = (arg: number) => Promise<number>;

/** One call measured during the search, in the order they were made. */
interface Measured {
  arg: number;
  seconds: number;
}

/**
 * How many calls check an argument: short calls are at the mercy of a time slice, so 5 of them;
 * from CALIBRATION.long_s, 3 (still a median, and each costs the target).
 */
export const callsFor = (target: number): number =>
  target < CALIBRATION.long_s ? CALIBRATION.calls_short : CALIBRATION.calls_long;

const clampArg = (arg: number) => Math.min(CALIBRATION.max_arg, Math.max(1, Math.round(arg)));
const miss = (seconds: number, target: number) => Math.abs(seconds / target - 1);

/**
 * The calls the fit may use. Time cannot fall as the argument grows, so a call that a later call
 * of at least its argument beat by more than CALIBRATION.stale (a quarter) was measured before the
 * code was warm (V8 runs the cpu loop at ~100 ns an iteration interpreted, ~1 ns optimized; a
 * first call compiles), or while the machine was slower: it is left out. Later calls never
 * leave for earlier ones: the fit follows the process as it is now. The slack keeps ordinary noise
 * between repeated calls (a few percent) from thinning the fit towards its fastest calls.
 */
function current(points: Measured[]): Measured[] {
  return points.filter(
    (p, i) => !points.some((q, j) => j > i && q.arg >= p.arg && q.seconds * (1 + CALIBRATION.stale) < p.seconds),
  );
}

/**
 * Weighted least squares of seconds = a + b × arg through the current calls, for one target.
 * The weight of a call is exp(−q²/8), q = log2(its seconds / the target): a call within 2× of
 * the target counts 0.88 or more, 4× off 0.61, 8× off 0.32, 32× off 0.04, 100× off 0.004. So
 * the calls near the target decide the line, farther ones steady its slope (calls bunched at
 * one argument cannot tell a slope from noise), and the probe's smallest calls, where the
 * timer, the call's own overhead and warm-up weigh most, count for next to nothing.
 * Why not 1/seconds², every call's relative error counting the same: then those smallest calls
 * pull the line as hard as the calls at the target, and a straight line holds only locally
 * anyway (Node's cpu loop slows by half past 2^31 iterations). Near the target, a residual in
 * seconds is a relative error times the target, so equal weights there are relative weights.
 * The width, 2 octaves, did best in a simulation of this search (clocks with 3-10% noise, a
 * fixed cost per call, JIT tiers, a curve, a kink): narrower ones took more checks on noisy
 * clocks; 1/seconds² missed by 15% and more on curves. The search goes smallest target first,
 * so the calls it fits are mostly below the target: the far ones pin the line near zero rather
 * than tilt it.
 * Undefined when the calls cannot place a rising line (a single argument, a slope ≤ 0).
 */
export function fitLine(points: Measured[], target: number): CalibrationFit | undefined {
  const kept = current(points);
  const weights = kept.map((p) => {
    const q = Math.log(Math.max(p.seconds, 1e-12) / target) / Math.LN2;
    return Math.exp((-q * q) / 8);
  });
  // Sums of differences from the heaviest call: weights many orders of magnitude apart then
  // still give a sound line (no large sums that cancel).
  let heaviest = 0;
  weights.forEach((w, i) => {
    if (w > weights[heaviest]!) heaviest = i;
  });
  const ref = kept[heaviest]!;
  let sw = 0;
  let su = 0;
  let sv = 0;
  let suu = 0;
  let suv = 0;
  kept.forEach((p, i) => {
    const w = weights[i]!;
    const u = p.arg - ref.arg;
    const v = p.seconds - ref.seconds;
    sw += w;
    su += w * u;
    sv += w * v;
    suu += w * u * u;
    suv += w * u * v;
  });
  const det = sw * suu - su * su;
  if (!(det > 0)) return undefined;
  const b = (sw * suv - su * sv) / det;
  if (!(b > 0) || !Number.isFinite(b)) return undefined;
  return { a: ref.seconds + sv / sw - b * (ref.arg + su / sw), b };
}

/** The fit's argument for the target; without a fit, the proportional estimate of the nearest call. */
function chosenArg(points: Measured[], target: number): number {
  const fit = fitLine(points, target);
  if (fit) return clampArg((target - fit.a) / fit.b);
  const nearest = current(points).reduce((best, m) =>
    Math.abs(Math.log(Math.max(m.seconds, 1e-12) / target)) < Math.abs(Math.log(Math.max(best.seconds, 1e-12) / target))
      ? m
      : best,
  );
  return clampArg((nearest.arg * target) / Math.max(nearest.seconds, 1e-9));
}

export async function calibrate(timeCall: TimeCall, targets: number[]): Promise<CalibrationPoint[]> {
  if (targets.length === 0) return [];
  const measured: Measured[] = [];
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
    let candidate = chosenArg(measured, target);
    let best: { arg: number; seconds: number; samples: number[] } | undefined;
    for (let attempt = 0; attempt < CALIBRATION.attempts; attempt++) {
      const samples: number[] = [];
      for (let call = 0; call < callsFor(target); call++) samples.push(await timeCall(candidate));
      for (const s of samples) measured.push({ arg: candidate, seconds: s });
      const took = median(samples);
      if (!best || miss(took, target) < miss(best.seconds, target)) best = { arg: candidate, seconds: took, samples };
      if (miss(took, target) <= CALIBRATION.tolerance) break;
      let next = chosenArg(measured, target);
      // The fit stands by this argument although it missed: correct in proportion instead.
      if (next === candidate) next = clampArg((candidate * target) / Math.max(took, 1e-9));
      if (next === candidate) break; // the nearest whole number: no closer argument exists
      candidate = next;
    }
    const fit = fitLine(measured, target);
    points.push({ target_s: target, ...best!, ...(fit ? { fit } : {}), ...noteFor(best!, target) });
  }
  return targets.map((target) => points.find((p) => p.target_s === target)!);
}

/**
 * Seconds the search takes for one runtime × workload with these targets, before it runs: an
 * upper-ish estimate for a run's time budget, from the search's own counts. The probe at 4 × its
 * time; per target, two checks of callsFor(target) calls (the first, and one correction:
 * more than the usual one, far less than the bound of CALIBRATION.attempts). Not counted: the
 * runner's start-up (~0.1 s), and the orchestrator's check on the serial path
 * (serialCheckCostEstimate in calibrate.ts).
 */
export function calibrationCostEstimate(targets: number[]): number {
  if (targets.length === 0) return 0;
  const probe = Math.min(CALIBRATION.probe_s, Math.min(...targets) / 2);
  return 4 * probe + targets.reduce((sum, target) => sum + 2 * callsFor(target) * target, 0);
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
