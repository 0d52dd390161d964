// How strategies and rows are named in every report.
import type { CellResult } from '../results/types.ts';
import { escapeMarkdown } from './escape.ts';

export const STRATEGY_NAMES: Record<string, string> = {
  'event-loop': 'EventLoop',
  'worker-threads': 'WorkerThreads',
  'child-processes': 'ChildProcesses',
  'thread-pool': 'ThreadPool',
  'process-pool': 'ProcessPool',
  'interpreter-pool': 'InterpreterPool',
};

export const strategyName = (id: string) => STRATEGY_NAMES[id] ?? id;

/** "node · WorkerThreads", escaped for Markdown. */
export const rowName = (cell: CellResult) => `${escapeMarkdown(cell.runtime)} · ${escapeMarkdown(strategyName(cell.strategy))}`;

export const uniq = <T>(values: T[]) => [...new Set(values)];
