// The sentences every report shares (pure): verdicts, break-even, the runner's ceiling,
// start-up-dominated cells and precision reached. A sentence that holds a name from the results
// is Prose (src/prose.ts), so that each formatter makes the name inert its own way.
import { type BreakEvenClaim, claimOf } from '../analysis/break-even.ts';
import { MIN_POINTS_TO_FIT, type SweepCurve } from '../analysis/sweep.ts';
import { formatSeconds } from '../format-seconds.ts';
import { CEILING_MOVED } from '../analysis/ceiling.ts';
import { MIN_VERDICT_ROUNDS, tooFewRounds } from '../analysis/verdicts.ts';
import { CONFIDENCE } from '../stats/interval.ts';
import { isConclusive } from '../measure/metrics.ts';
import { cpuTooCoarse } from '../measure/plausibility.ts';
import { ours, prose, type Prose, proseOf } from '../prose.ts';
import type { BreakEven, CellResult, OkCell, Results, SystemInfo, Verdict } from '../results/types.ts';
import { modelProse } from './names.ts';

export { formatSeconds };

/** Round figures for a sentence: "about 40 ms", "about 0.3 ms", "about 1.2 s" (a "~" would need escaping in Markdown, and reads badly in a terminal then). */
function roughly(seconds: number): string {
  if (seconds >= 1) return `about ${+seconds.toPrecision(2)} s`;
  const ms = seconds * 1e3;
  return `about ${+ms.toPrecision(ms >= 1 ? 2 : 1)} ms`;
}

export const BASIS_LABEL = { cold: 'pool made per job', warm: 'long-lived pool' } as const;

/** "python3 · ProcessPool" for "python3/process-pool". */
export function modelName(id: string): Prose {
  const slash = id.lastIndexOf('/');
  return modelProse(id.slice(0, slash), id.slice(slash + 1));
}

export const interval = (ci: [number, number] | undefined) => (ci ? `${ci[0].toFixed(2)}–${ci[1].toFixed(2)}` : '');

/** A cell's speedup interval, as stored (analysis/complete.ts fills it in for earlier versions' files). */
export const speedupInterval = (cell: OkCell) => cell.stats.speedup.ci;

/** What a level means here: "long: 1 s a task" for a duration, "high: arg 80000000" otherwise. */
export function levelText(cell: Pick<CellResult, 'level' | 'arg' | 'target_s'>): Prose {
  return cell.target_s === undefined
    ? prose`${cell.level} (arg ${argText(cell.arg)})`
    : prose`${cell.level} (${ours(formatSeconds(cell.target_s))} a task)`;
}

/**
 * What calibration measured for the chosen argument: the median and the spread of its samples,
 * the spread in the median's unit: "99.2 ms (97.8–101.5, 5 calls)", or "(… 2 serial runs)" when
 * the serial path corrected the argument (each sample a serial run's time per task).
 */
export function calibrationText(seconds: number, samples?: number[], source?: 'search' | 'serial'): string {
  const spread = calibrationSpread(seconds, samples, source);
  return spread ? `${formatSeconds(seconds)} (${spread})` : formatSeconds(seconds);
}

/** "97.8–101.5, 5 calls" (calibrationText); undefined without samples. */
export function calibrationSpread(
  seconds: number,
  samples?: number[],
  source?: 'search' | 'serial',
): string | undefined {
  if (!samples || samples.length === 0) return undefined;
  const n = samples.length;
  const count = source === 'serial' ? `${n} serial run${n === 1 ? '' : 's'}` : `${n} call${n === 1 ? '' : 's'}`;
  if (n === 1) return count;
  const scale = seconds >= 1 ? 1 : seconds >= 1e-3 ? 1e3 : 1e6;
  const decimals = seconds > 0 ? Math.min(6, Math.max(0, 2 - Math.floor(Math.log10(seconds * scale)))) : 0;
  const [low, high] = [Math.min(...samples), Math.max(...samples)].map((x) => (x * scale).toFixed(decimals));
  return `${low}–${high}, ${count}`;
}

/** A task's argument as the config gave it, cut to 40 characters. */
export function argText(value: unknown): string {
  const arg = typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  return arg.length > 40 ? `${arg.slice(0, 39)}…` : arg;
}

export interface VerdictText {
  /** "pool made per job, at long (1 s a task)". */
  basis: Prose;
  /** The models named, best first; empty: run it serially, or none could be named. */
  names: Prose[];
  /** "1.92×, interval 1.85–1.98", or why none was named, and what the other models were shown to be. */
  detail: Prose;
  /** The verdict in a few words, for a line of the PR comment: "1.92× [1.85–1.98]", "inconclusive (the fastest read 1.85×)". */
  short: string;
}

/** "A, B and C", each name inert. */
function nameList(ids: string[]): Prose {
  return proseOf(
    ...ids.flatMap((id, i) => [...(i === 0 ? [] : [i === ids.length - 1 ? ' and ' : ', ']), ...modelName(id)]),
  );
}

/** What the verdict says of the models it did not name; read defensively, since a results file may be hand-made. */
function othersText(verdict: Verdict): Prose {
  const excluded = Array.isArray(verdict.excluded) ? verdict.excluded : [];
  const by = (how: string) => excluded.filter((e) => typeof e?.model === 'string' && e.by === how).map((e) => e.model);
  // Without a leader (inconclusive), "unresolved" is every model not excluded: nothing to add.
  const unresolved =
    Array.isArray(verdict.unresolved) && verdict.best.length > 0
      ? verdict.unresolved.filter((id): id is string => typeof id === 'string')
      : [];
  const parts: Prose[] = [];
  if (unresolved.length)
    parts.push(
      verdict.best.length === 1
        ? prose`it leads, but is not shown faster than ${nameList(unresolved)}, which ${ours(unresolved.length === 1 ? 'was' : 'were')} not shown to beat serial either`
        : prose`not told apart from the leader, nor shown to beat serial: ${nameList(unresolved)}`,
    );
  if (by('cpu').length)
    parts.push(prose`not parallel here: ${nameList(by('cpu'))} (they kept no more cores busy than the serial run)`);
  if (by('speed').length) parts.push(prose`no faster than serial here: ${nameList(by('speed'))}`);
  return proseOf(...parts.flatMap((part) => ['; ', ...part]));
}

export function verdictText(verdict: Verdict, cells: CellResult[]): VerdictText {
  const at = cells.find((c) => c.workload === verdict.workload && c.level === verdict.level);
  const basis = prose`${ours(BASIS_LABEL[verdict.basis])}, at ${at ? levelText(at) : verdict.level}`;
  const figure =
    verdict.speedup === undefined ? '' : `${verdict.speedup.toFixed(2)}×, interval ${interval(verdict.ci)}`;
  const atLevel = cells.filter(
    (c): c is OkCell => c.status === 'ok' && c.workload === verdict.workload && c.level === verdict.level,
  );
  const others = othersText(verdict);
  const fastest = verdict.speedup === undefined ? '' : ` (the fastest read ${verdict.speedup.toFixed(2)}×)`;
  if (verdict.status === 'inconclusive' && tooFewRounds(atLevel, verdict.basis)) {
    return {
      basis,
      names: [],
      short: `inconclusive, too few rounds${fastest}`,
      detail: proseOf(
        `inconclusive: some cells have fewer than ${MIN_VERDICT_ROUNDS} rounds, too few for an interval (the fastest read ${figure}): use repetitions "auto" or at least ${MIN_VERDICT_ROUNDS}`,
      ),
    };
  }
  if (verdict.status === 'inconclusive') {
    return {
      basis,
      names: [],
      short: `inconclusive${fastest}`,
      detail: proseOf(
        `inconclusive: no model was shown to beat running serially here, and not all were shown not to (the fastest read ${figure}; more rounds would tell)`,
        ...others,
      ),
    };
  }
  if (verdict.best.length === 0)
    return {
      basis,
      names: [],
      short: `run it serially${fastest}`,
      detail: proseOf(
        `run it serially: every model was shown no faster than one task after another (the fastest read ${figure})`,
      ),
    };
  const tie = verdict.best.length > 1 ? '; a tie: not shown apart by more than the target precision' : '';
  const short = verdict.speedup === undefined ? '' : `${verdict.speedup.toFixed(2)}× [${interval(verdict.ci)}]`;
  return { basis, names: verdict.best.map(modelName), detail: proseOf(`${figure}${tie}`, ...others), short };
}

/** "30–55 ms", "0–1.2 ms", "0.4–1.2 s": a range of seconds in one unit, two figures each. */
export function roughRange(low: number, high: number): string {
  const [scale, unit] = high >= 1 ? [1, 's'] : [1e3, 'ms'];
  const figure = (seconds: number) => (seconds === 0 ? '0' : String(+(seconds * scale).toPrecision(2)));
  return `${figure(low)}–${figure(high)} ${unit}`;
}

/** What one basis's break-even says: a verb, and what backs it. */
interface ClaimPhrase {
  verb: string;
  /** After the verb ("above about 40 ms a task (interval 30–55 ms)"), or in brackets when `aside`. */
  detail: string;
  aside: boolean;
  /** The detail again where the sentence has said the task size already. */
  shortDetail: string;
}

function claimPhrase(claim: BreakEvenClaim): ClaimPhrase | undefined {
  if (claim.kind === 'none') return undefined;
  if (claim.kind === 'pays') {
    const [low, high] = claim.ci;
    const beyond =
      claim.task > claim.longest ? ` (beyond the longest task measured, ${roughly(claim.longest)}: extrapolated)` : '';
    const detail =
      claim.task === 0
        ? // an interval of 0–0 ms says nothing the words do not
          `at every task size measured${high > 0 ? ` (interval ${roughRange(low, high)})` : ''}`
        : `above ${roughly(claim.task)} a task (interval ${roughRange(low, high)})${beyond}`;
    return { verb: 'pays off', detail, aside: false, shortDetail: detail };
  }
  const speedup = `${claim.speedup.median.toFixed(2)}×, interval ${interval(claim.speedup.ci)}`;
  const at = `at ${roughly(claim.longest)} a task`;
  switch (claim.kind) {
    case 'unbounded':
      return {
        verb: 'pays off at the longest task measured',
        detail: `${at}: ${speedup}; where it starts to was not pinned down`,
        aside: true,
        shortDetail: `${speedup}; where it starts to was not pinned down`,
      };
    case 'few-rounds':
      return {
        verb: 'is not shown to pay off',
        detail: `too few rounds for a 95% interval; ${at}: ${claim.speedup.median.toFixed(2)}×, range ${interval(claim.speedup.ci)}`,
        aside: true,
        shortDetail: `${claim.speedup.median.toFixed(2)}×, range ${interval(claim.speedup.ci)}`,
      };
    case 'below':
    case 'not-shown':
      return {
        verb: `${claim.kind === 'below' ? 'does not pay off' : 'is not shown to pay off'} at the sizes measured`,
        detail: `${at}: ${speedup}`,
        aside: true,
        shortDetail: speedup,
      };
  }
}

const spoken = (phrase: ClaimPhrase) =>
  phrase.aside ? `${phrase.verb} (${phrase.detail})` : `${phrase.verb} ${phrase.detail}`;

/**
 * "node · WorkerThreads pays off above about 40 ms a task (interval 30–55 ms) if you make the pool
 * per job, and above about 0.3 ms a task (interval 0–1 ms) if you keep it"; "node · EventLoop is
 * not shown to pay off at the sizes measured, whether you make the pool per job (at about 500 ms a
 * task: 1.02×, interval 0.95–1.10) or keep it (1.01×, interval 0.97–1.05)". A threshold only where
 * analysis/break-even.ts shows one (`claimOf`).
 */
export function breakEvenSentence(b: BreakEven): Prose {
  const name = modelProse(b.runtime, b.strategy);
  const cold = claimPhrase(claimOf(b, 'cold'));
  const warm = claimPhrase(claimOf(b, 'warm'));
  if (!cold && !warm) return prose`${name}: no speedup was measured at its longest task`;
  if (!warm) return prose`${name} ${ours(spoken(cold!))} if you make the pool per job`;
  if (!cold) return prose`${name} ${ours(spoken(warm))} if you keep the pool`;
  if (cold.verb !== warm.verb)
    return prose`${name} ${ours(spoken(cold))} if you make the pool per job, and ${ours(spoken(warm))} if you keep it`;
  if (cold.aside)
    return prose`${name} ${ours(cold.verb)}, whether you make the pool per job (${ours(cold.detail)}) or keep it (${ours(warm.shortDetail)})`;
  return prose`${name} ${ours(cold.verb)} ${ours(cold.detail)} if you make the pool per job, and ${ours(warm.detail)} if you keep it`;
}

/** "This runner gave 1.84× for 2 independent busy processes (start), 1.80× (end); steal 0.3%." */
export function ceilingText(system: SystemInfo): { text: string; warning?: string } | undefined {
  const c = system.ceiling;
  if (!c) return undefined;
  const end = c.end === undefined ? '' : ` at the start and ${c.end.toFixed(2)}× at the end`;
  const steal = c.steal === undefined ? '' : `; the hypervisor stole ${(c.steal * 100).toFixed(1)}% of the CPU time`;
  const text = `This runner gave ${c.start.toFixed(2)}× for ${c.workers} independent busy processes against one${end} (no pool, none of our code: the most any model can reach here)${steal}.`;
  return c.moved
    ? {
        text,
        warning: `The runner's ceiling moved by more than ${CEILING_MOVED * 100}% during the run: the machine changed under it, and its figures compare less well with other runs.`,
      }
    : { text };
}

/**
 * Where there is no /proc (macOS, Windows) the runner cannot see its whole process tree: CPU time
 * is its own plus the children it reaped, memory its own resident set (src/measure/tree-*.ts).
 */
export function processTreeNote(system: SystemInfo): Prose | undefined {
  if (system.os.startsWith('Linux')) return undefined;
  const os = system.os.split(' ')[0] ?? system.os;
  return prose`On ${os} (no /proc) CPU time counts the runner process and the children it reaped, and memory the runner process alone: CPU utilization and memory of the child-process and process-pool models read low.`;
}

/** Start-up and shut-down share of a cold wall time, when they are most of it. */
export function startupNote(cell: OkCell): string | undefined {
  const overhead = cell.phases.startup + cell.phases.shutdown;
  const share = overhead / cell.metrics.wall_time;
  return share > 0.5 ? `mostly pool start-up (${Math.round(share * 100)}% of the wall time)` : undefined;
}

/** How many cells reached the target precision with a 95% interval, and the widest. */
export function precisionText(results: Results, target: number): Prose | undefined {
  // Results of an earlier version have no intervals: nothing to say about precision.
  const ok = results.cells.filter((c): c is OkCell => c.status === 'ok' && typeof c.precision === 'number');
  if (ok.length === 0) return undefined;
  const reached = ok.filter((c) => isConclusive(c, target));
  const widest = ok.reduce((w, c) => (c.precision > w.precision ? c : w));
  const pct = (x: number) => `±${+(x * 100).toFixed(1)}%`;
  const rounds = ok.map((c) => c.stats.speedup.samples.length);
  return prose`Precision: ${reached.length} of ${ok.length} cells reached ${ours(pct(target))} with a ${CONFIDENCE * 100}% interval (${Math.min(...rounds)}–${Math.max(
    ...rounds,
  )} rounds a cell); the widest is ${modelProse(widest.runtime, widest.strategy)} ${widest.workload}/${widest.level} at ${ours(pct(widest.precision))}. Intervals from fewer than 6 rounds are the min–max range, at lower confidence.`;
}

/** A cell's CPU utilization, or why there is none to show: a span shorter than the CPU clock can tell. */
export function utilizationText(cell: OkCell): string {
  return cpuTooCoarse(cell.metrics.wall_time, cell.workers)
    ? 'CPU: too short'
    : `${Math.round(cell.metrics.gil_eff * 100)}%`;
}

/** "2 rounds set aside": a count, for a table cell or a progress line. */
export const roundsSetAside = (count: number) => `${count} round${count === 1 ? '' : 's'} set aside`;

/** " (1 above 2× set aside)" after a warm speedup whose view left rounds out; '' otherwise. */
export const warmSetAsideNote = (cell: OkCell) =>
  cell.warm?.set_aside
    ? ` (${cell.warm.set_aside.rounds.length} above ${cell.warm.set_aside.limit.toFixed(2)}× set aside)`
    : '';

/** "1 of 7 rounds set aside (round 3: its serial run was 40% slower than the other rounds')". */
export function setAsideText(cell: CellResult): Prose | undefined {
  // a cell found not measurable says so, with its count, among the cells not measured
  if (cell.status !== 'ok' || !cell.outliers?.length) return undefined;
  const outliers = cell.outliers;
  const rounds = cell.stats.speedup.samples.length + outliers.length;
  const first = outliers[0]!;
  const more = outliers.length > 1 ? `; ${outliers.length - 1} more alike` : '';
  // the reason is read from the results file: a name, like every string there
  return prose`${outliers.length} of ${rounds} rounds set aside (round ${first.round}: ${first.reason}${ours(more)})`;
}

/** The short word a table cell shows for a cell without figures. */
export const notShownWord = (cell: CellResult) =>
  cell.status === 'skipped' && cell.outliers?.length ? 'not measurable' : cell.status;

/** "σ 0.05 · κ 0.010 (R² 0.98)": Gunther's USL fit of a sweep's curve; "–" without a fit. */
export const uslText = (curve: SweepCurve) =>
  curve.usl ? `σ ${curve.usl.sigma.toFixed(2)} · κ ${curve.usl.kappa.toFixed(3)} (R² ${curve.usl.r2.toFixed(2)})` : '–';

/** "0.12 (R² 0.95)": Amdahl's serial fraction; "–" without a fit. */
export const amdahlText = (curve: SweepCurve) =>
  curve.amdahl ? `${curve.amdahl.serialFraction.toFixed(2)} (R² ${curve.amdahl.r2.toFixed(2)})` : '–';

/** Where the fitted curve peaks, and whether this runner could show it. */
export function peakText(curve: SweepCurve, cores: number): string {
  if (!curve.usl) return 'no fit';
  const largest = curve.points.filter((p) => !p.overSubscribed).at(-1)!.workers;
  if (curve.usl.peakWorkers === undefined) return `no peak: still rising at ${largest}`;
  const at = `≈ ${curve.usl.peakWorkers.toFixed(1)} workers (${curve.usl.peakSpeedup!.toFixed(2)}×)`;
  return curve.peakObservable ? at : `${at}, beyond the ${cores} cores here: not observed`;
}

/** Why a curve has no fit: too few of its points lie within the cores. */
export const noFitNote = (curve: SweepCurve, cores: number) =>
  curve.usl
    ? undefined
    : `no fit: ${curve.withinCores} of the pool sizes lie within the ${cores} cores, and a fit needs ${MIN_POINTS_TO_FIT}; above the cores a curve flattens because the cores run out, which a fit would read as the model's own limit`;

/** How to read the transfer workloads' table (report.md and report.html alike). */
export const TRANSFER_NOTE =
  "Each task takes the level's payload in and hands as much back; the figure is the batch's time on a started pool (warm) per MiB moved both ways. Serially nothing crosses: its figure is the copy alone. The difference is what the model's boundary costs: structured clone (worker threads), IPC serialization (child processes), pickling (process pool), sharing between interpreters (interpreter pool).";
