// Base and head in one plan (pure; issue 21). The base tree's cells join the head's groups: a cell
// of either tree runs in the same rounds as its twin, in one random order, so that whatever the
// machine does during a round it does to both, and the ratio head ÷ base of one round cancels it.
//
// Twins are cells of the same runtime × model × workload × level, pool size and task count whose
// level means the same work (the same duration target or the same argument). A cell only one tree
// has is measured on its own (added or removed).
//
// Only the user's own workloads come from the base tree: a built-in workload is the tool's code,
// and the tool that runs both trees is this one, so its cells would be the same code twice, an
// A/A test that costs half the budget and can tell nothing about the change. They run once.
// Groups with twins come first, so that a budget too small for everything drops the unpaired
// ones (plan/budget.ts skips the last groups first).
import { twinId } from '../results/types.ts';
import { groupsOf } from './budget.ts';
import { type Plan, type PlannedCell, treeOf } from './plan.ts';

export const isBase = (cell: PlannedCell) => treeOf(cell) === 'base';

/** A workload from the user's module (a built-in has none: it is the tool's code). */
export const isUserCode = (cell: PlannedCell) => cell.workloadRef.module !== undefined;

/** The workloads both trees run with the same code, the tool's built-ins: measured once, not compared. */
export const sameCodeWorkloads = (head: Plan) => [
  ...new Set(head.cells.filter((cell) => !isUserCode(cell)).map((cell) => cell.workload)),
];

/**
 * The fewest rounds a group with twins runs: a one-sided sign test can show nothing below 5 pairs
 * (0.5⁵ = 0.031), and with the false discovery rate held across a dozen cells it needs 6 or more
 * (bench/paired-gate-sim.ts); extra rounds then go to the cells still undecided.
 */
export const PAIRED_MIN_ROUNDS = 6;

/**
 * Rounds of a group with twins that the budget keeps room for beyond its minimum: a change shown
 * in every round still needs 7 or 8 of them once a dozen cells share the false discovery rate
 * (1/64 at 6 rounds is above 0.05 × 4 / 16), and the rounds after the minimum go to the
 * undecided cells alone. At 4 minutes, without it, the minimum rounds took the whole budget and a
 * real 15% slowdown went unflagged (bench/ab-gate.ts).
 */
export const PAIRED_RESERVE_ROUNDS = 2;

export function withBase(head: Plan, base: Plan): Plan {
  const baseCells = base.cells.filter(isUserCode).map((cell): PlannedCell => ({ ...cell, tree: 'base' }));
  const all = [...head.cells, ...baseCells];
  const paired = new Set(twinsOf(all).flat());
  const groups = groupsOf(all);
  const hasTwins = (group: PlannedCell[]) => group.some((cell) => paired.has(cell));
  // stable: plan order within each kind, head's groups before the base's own
  const ordered = [...groups.filter(hasTwins), ...groups.filter((group) => !hasTwins(group))];
  // repetitions fixed by the user (min = max) stay what they said
  const pairedMin =
    head.rounds.min === head.rounds.max ? head.rounds.min : Math.max(head.rounds.min, PAIRED_MIN_ROUNDS);
  const pairedReserve = head.rounds.min === head.rounds.max ? 0 : PAIRED_RESERVE_ROUNDS;
  return { ...head, rounds: { ...head.rounds, pairedMin, pairedReserve }, cells: ordered.flat() };
}

/** The matched cells: [head, base] for every cell both trees have. */
export function twinsOf(cells: readonly PlannedCell[]): [PlannedCell, PlannedCell][] {
  const bases = new Map(cells.filter(isBase).map((cell) => [twinId(cell), cell]));
  return cells.flatMap((cell): [PlannedCell, PlannedCell][] => {
    const twin = isBase(cell) ? undefined : bases.get(twinId(cell));
    return twin ? [[cell, twin]] : [];
  });
}
