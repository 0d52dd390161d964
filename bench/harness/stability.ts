// 5. Stability: the default matrix's cpu and memory cells at their "high" level, in every
// strategy, measured twice back to back; how far each cell's median speedup moved.
import { fmt, runEngine } from './common.ts';
import { bareCeiling, defaultMatrix } from './efficiency.ts';

export interface StabilityFigures {
  lines: string[];
  /** The largest |Δ median speedup| over the cells, in percent. */
  worstPercent: number;
}

export async function measureStability(repetitions: number): Promise<StabilityFigures> {
  const matrix = defaultMatrix();
  const config = { repetitions, python: ['python3'], workloads: { cpu: { high: matrix.cpu.high }, memory: { high: matrix.memory.high } } };
  const first = await runEngine(config);
  const second = await runEngine(config);
  const lines = [`default cpu and memory cells at "high", every strategy (python3), ${repetitions} repetitions, run twice back to back:`];
  let worstPercent = 0;
  for (const a of first.cells) {
    const b = second.cells.find((c) => c.runtime === a.runtime && c.strategy === a.strategy && c.workload === a.workload && c.level === a.level);
    if (a.status !== 'ok' || b?.status !== 'ok') continue;
    const percent = (Math.abs(b.metrics.speedup - a.metrics.speedup) / a.metrics.speedup) * 100;
    worstPercent = Math.max(worstPercent, percent);
    lines.push(`  ${a.runtime.padEnd(8)} ${a.strategy.padEnd(16)} ${a.workload.padEnd(7)} speedup ${fmt(a.metrics.speedup, 3)} then ${fmt(b.metrics.speedup, 3)}  |Δ| ${fmt(percent, 1)}%${a.noisy || b.noisy ? '  (flagged noisy)' : ''}`);
  }
  // The machine's own noise, without the tool: the same Python cpu(n) in plain processes, one
  // alone / one per core at once (median of `repetitions` rounds), measured twice.
  const bareFirst = await bareCeiling('python', matrix.cpu.high, repetitions);
  const bareSecond = await bareCeiling('python', matrix.cpu.high, repetitions);
  const barePercent = (Math.abs(bareSecond - bareFirst) / bareFirst) * 100;
  lines.push(`  the machine alone: python3 cpu(${matrix.cpu.high}) in plain processes, one alone / two at once, ${fmt(bareFirst, 3)} then ${fmt(bareSecond, 3)}  |Δ| ${fmt(barePercent, 1)}%  (no tool involved)`);
  return { lines, worstPercent };
}
