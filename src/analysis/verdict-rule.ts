// Which model for this work: the decision, on the rounds of the models at one level (pure).
// verdicts.ts feeds it from results; bench/verdict-sim.ts proves it on rounds of known truth.
//
// It first asks what the data can decide: which models are shown to beat running serially,
// which are shown not to, and which are neither. Only then does it rank, and only among the
// first. Every claim is a one-sided test at ALPHA:
// - "beats serial": its rounds' speedups lie above 1 (sign test);
// - "does not beat serial" (excluded): its rounds' speedups lie below 1 + precision, or its
//   workers used no more CPU per second of wall time than the serial run did (its CPU-use ratio
//   lies below 1 + precision): a model that keeps one core busy cannot beat one core, whatever a
//   faster minute of the machine made its speedup read. Either way is a test at ALPHA / 2.
// - "the leader is faster than X by more than the precision": in the same group, on the rounds'
//   paired ratios (both ran against the same serial run, whose noise cancels), by sign test; across
//   groups (runtimes), by one-sided order-statistic bounds of the two medians, each at half the
//   level (a bootstrap of the ratio of medians named a wrong sole winner in 1.0-2.3% of simulated
//   runs of 5-10 rounds: at so few rounds it claims more confidence than it has). Holm over these,
//   at ALPHA / 2, since the leader is chosen after the fact.
// The leader is named alone only when every model not excluded is shown slower than it.
import { median } from '../stats/summary.ts';
import { holm, pAbove, pBelow, pRatioAbove } from '../stats/sign-test.ts';

/** Each claim's one-sided level: what "shown" means in a verdict. */
export const ALPHA = 0.05;

export interface ModelRounds {
  /** "<runtime>/<strategy>" */
  id: string;
  /** Models of one group ran against the same serial runs, round by round. */
  group: string;
  /**
   * The tasks it runs at once (registry.ts tasksInFlight: one a worker in a pool, every task on the
   * event loop): a speedup above it is counted as it (no model beats all its tasks at once).
   */
  ideal: number;
  /** Speedup per kept round, and the round it ran in (aligned). */
  speedups: number[];
  rounds: number[];
  /** (its CPU / its wall) ÷ (serial CPU / serial wall), per kept round; absent in older results. */
  cpuUseRatios?: number[];
}

export type Exclusion = 'cpu' | 'speed';

export interface Decision {
  /** best: one model shown fastest; tie: the leader and those not shown slower; serial: every model
   * shown not to beat serial; inconclusive: no model shown to beat serial, some not shown either. */
  status: 'best' | 'tie' | 'serial' | 'inconclusive';
  /** Shown to beat serial and not shown slower than the leader (the leader first). */
  best: string[];
  /** Neither shown to beat serial nor excluded, and not shown slower than the leader. */
  unresolved: string[];
  /** Shown not to beat serial, and how. */
  excluded: { id: string; by: Exclusion }[];
  /** The model whose figure the verdict quotes: the leader, or with none the fastest. */
  quoted: string;
}

const capped = (m: ModelRounds) => m.speedups.map((s) => Math.min(s, m.ideal));
function exclusion(m: ModelRounds, precision: number): Exclusion | undefined {
  if (m.cpuUseRatios && pBelow(m.cpuUseRatios, 1 + precision) <= ALPHA / 2) return 'cpu';
  if (pBelow(capped(m), 1 + precision) <= ALPHA / 2) return 'speed';
  return undefined;
}

/** Leader ÷ other, round by round, for the rounds both ran in (two models of one group). */
function pairedRatios(leader: ModelRounds, other: ModelRounds): number[] {
  const a = capped(leader);
  const b = capped(other);
  const byRound = new Map(other.rounds.map((round, i) => [round, b[i]!]));
  return leader.rounds.flatMap((round, i) => (byRound.has(round) ? [a[i]! / byRound.get(round)!] : []));
}

/** p-value of "leader is not faster than other by more than the precision". */
function pLeads(leader: ModelRounds, other: ModelRounds, precision: number): number {
  if (leader.group !== other.group) return pRatioAbove(capped(leader), capped(other), 1 + precision);
  return pAbove(pairedRatios(leader, other), 1 + precision);
}

/**
 * Shown within the precision of each other: the leader's rounds lie below other × (1 + precision)
 * and above other ÷ (1 + precision), each at ALPHA / 2 (paired within a group, by order-statistic
 * bounds across groups). Not a claim the report makes: it tells the scheduler that more rounds
 * would not split a tie (analysis/contested.ts), so they go where they can decide something.
 */
export function shownEquivalent(leader: ModelRounds, other: ModelRounds, precision: number): boolean {
  const [low, high] = [1 / (1 + precision), 1 + precision];
  if (leader.group !== other.group) {
    const [a, b] = [capped(leader), capped(other)];
    return pRatioAbove(a, b, low) <= ALPHA / 2 && pRatioAbove(b, a, low) <= ALPHA / 2;
  }
  const ratios = pairedRatios(leader, other);
  return pAbove(ratios, low) <= ALPHA / 2 && pBelow(ratios, high) <= ALPHA / 2;
}

export function decide(models: readonly ModelRounds[], precision: number): Decision {
  const byMedian = [...models].sort((a, b) => median(capped(b)) - median(capped(a)));
  const excluded = byMedian.flatMap((m) => {
    const by = exclusion(m, precision);
    return by ? [{ id: m.id, by }] : [];
  });
  const isExcluded = new Set(excluded.map((e) => e.id));
  const open = byMedian.filter((m) => !isExcluded.has(m.id));
  const beating = open.filter((m) => pAbove(capped(m), 1) <= ALPHA);
  const leader = beating[0];
  if (!leader) {
    const unresolved = open.map((m) => m.id);
    return {
      status: unresolved.length === 0 ? 'serial' : 'inconclusive',
      best: [],
      unresolved,
      excluded,
      quoted: (open[0] ?? byMedian[0])!.id,
    };
  }
  const others = open.filter((m) => m !== leader);
  // At half the level: the leader is picked after the fact, as whichever model read fastest, so
  // each comparison could have gone either way (at ALPHA, equal models were named a sole winner
  // in 1.1% of simulated runs of 8 rounds; bench/verdict-sim.ts).
  const shownSlower = holm(
    others.map((m) => pLeads(leader, m, precision)),
    ALPHA / 2,
  );
  const notSlower = others.filter((_, i) => !shownSlower[i]);
  const best = [leader, ...notSlower.filter((m) => beating.includes(m))].map((m) => m.id);
  const unresolved = notSlower.filter((m) => !beating.includes(m)).map((m) => m.id);
  return {
    status: best.length === 1 && unresolved.length === 0 ? 'best' : 'tie',
    best,
    unresolved,
    excluded,
    quoted: leader.id,
  };
}
