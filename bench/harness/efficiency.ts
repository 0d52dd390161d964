// 4. Efficiency ceiling: the default matrix's heaviest cpu level in worker-threads and Python's
// process-pool, workers = tasks = the machine's cores. The limit is 1.0.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fmt, okCell, root, runEngine } from './common.ts';

export interface EfficiencyFigures {
  lines: string[];
  /** The lower of the two efficiencies. */
  lowest: number;
}

export const defaultMatrix = () => JSON.parse(readFileSync(join(root, 'config.json'), 'utf8')) as Record<string, Record<string, number>>;

export async function measureEfficiency(repetitions: number): Promise<EfficiencyFigures> {
  const arg = defaultMatrix().cpu.high;
  const strategies = ['worker-threads', 'process-pool'];
  const run = await runEngine({ workers: 'auto', tasks: 'auto', repetitions, strategies, python: ['python3'], workloads: { cpu: { high: arg } } });
  const lines = [`built-in cpu at the default matrix's "high" (${arg}), workers = tasks = cores, ${repetitions} repetitions, medians:`];
  let lowest = Infinity;
  for (const strategy of strategies) {
    const cell = okCell(run.cells, { strategy });
    lowest = Math.min(lowest, cell.metrics.efficiency);
    lines.push(
      `  ${cell.runtime.padEnd(8)} ${strategy.padEnd(16)} efficiency ${fmt(cell.metrics.efficiency)}  speedup ${fmt(cell.metrics.speedup, 2)} on ${cell.workers} workers  ` +
        `serial ${fmt(cell.serial_wall_time, 2)} s  wall ${fmt(cell.metrics.wall_time, 2)} s (start-up ${fmt(cell.phases.startup, 3)} s, shut-down ${fmt(cell.phases.shutdown, 3)} s)`,
    );
  }
  return { lines, lowest };
}
