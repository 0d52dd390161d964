// One line per finished cell, for a developer watching the run (pure).
import type { CellResult } from '../results/types.ts';

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

export function progressLine(cell: CellResult, index: number, total: number, etaSeconds?: number): string {
  const counter = `[${String(index + 1).padStart(String(total).length)}/${total}]`;
  const where = `${cell.runtime} ${cell.strategy} ${cell.workload}/${cell.level}`;
  let outcome: string;
  if (cell.status === 'ok') {
    const m = cell.metrics;
    outcome = `speedup ${m.speedup.toFixed(2)}x  efficiency ${m.efficiency.toFixed(2)}  wall ${m.wall_time.toFixed(3)}s  cpu ${m.cpu_time.toFixed(3)}s  mem ${m.memory_mb.toFixed(0)}MB${cell.noisy ? '  (noisy)' : ''}`;
  } else if (cell.status === 'failed') {
    outcome = `FAILED: ${cell.error}`;
  } else {
    outcome = `skipped: ${cell.reason}`;
  }
  const eta = etaSeconds !== undefined && index + 1 < total ? `  ETA ${formatDuration(etaSeconds)}` : '';
  return `${counter} ${where.padEnd(40)} ${outcome}${eta}`;
}
