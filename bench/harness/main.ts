// The harness checks the tool itself, in one run on this machine: how little it disturbs what it
// measures (dispatch, sampler) and how close its figures are to known truths (accuracy,
// efficiency ceiling, stability), plus its cold start. It prints ratios measured side by side
// and ends with one machine-readable line:
//   harness: dispatch=1.08x sampler=0.4% accuracy=0.99 efficiency=0.97 stability=2.1% verdicts=8/8 stability3=30.1% coldstart=180ms startup=0.98
// (stability: the default matrix run twice, the largest move of a figure conclusive in both;
// verdicts: how many agree; stability3: the old measure, 3 fixed repetitions, kept for comparison;
// startup: our cold speedup ÷ bare pools', the lower of worker-threads and child-processes)
// Run: npm run bench:harness   (= npm run build && node bench/harness/main.ts --results bench/RESULTS.md)
// Knobs (env): HARNESS_BURN_S (CPU per task, default 4), HARNESS_HOLD_MIB (default 200),
// HARNESS_DISPATCH_ROUNDS (7), HARNESS_REPETITIONS (3), HARNESS_COLD_ROUNDS (10).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { systemInfo } from '../../src/results/system-info.ts';
import { measureCpuAccuracy, measureMemoryAccuracy } from './accuracy.ts';
import { measureColdStart } from './cold-start.ts';
import { fmt, root } from './common.ts';
import { measureDispatch } from './dispatch.ts';
import { measureEfficiency } from './efficiency.ts';
import { measureStability } from './stability.ts';
import { measureStartup } from './startup.ts';

// --only stability: just that section (it runs the default matrix twice: about 20 minutes).
// --only startup: just the start-up section (about 90 s).
// --only accuracy: the cpu_time accuracy and sampler sections (about 4 minutes).
const { values } = parseArgs({ options: { results: { type: 'string' }, only: { type: 'string' } } });
const knob = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const BURN_S = knob('HARNESS_BURN_S', 4);
const HOLD_MIB = knob('HARNESS_HOLD_MIB', 200);
const REPETITIONS = knob('HARNESS_REPETITIONS', 3);
const STARTUP_ROUNDS = knob('HARNESS_STARTUP_ROUNDS', 7);
const STARTUP_TASK_S = knob('HARNESS_STARTUP_TASK_S', 0.6);
const STARTUP_TARGET = '>= 0.97 each; the lower is reported';

const output: string[] = [];
const say = (line: string) => {
  output.push(line);
  console.log(line);
};
const section = async <T extends { lines: string[] }>(
  title: string,
  target: string,
  measure: () => Promise<T>,
): Promise<T> => {
  const started = performance.now();
  const figures = await measure();
  say(`\n## ${title} (target ${target}; ${fmt((performance.now() - started) / 1000, 0)} s)`);
  figures.lines.forEach(say);
  return figures;
};

const startedAt = new Date();
const system = systemInfo(process.env, []);
const commit = (() => {
  try {
    return execFileSync('git', ['-C', root, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
say(`concurrency-bench harness, ${startedAt.toISOString()}, commit ${commit}`);
say(
  `machine: ${system.os} ${system.arch}, ${system.cpu_model}, ${system.cores} cores, ${system.memory_gb} GB; Node ${process.version}`,
);

if (values.only === 'startup') {
  const startup = await section('7. Start-up: cold speedup, ours / bare pools', STARTUP_TARGET, () =>
    measureStartup(STARTUP_ROUNDS, STARTUP_TASK_S),
  );
  say(`\nharness: startup=${fmt(startup.lowest, 3)}`);
} else if (values.only === 'accuracy') {
  const cpu = await section('3a. Accuracy of cpu_time', '0.95-1.05; the furthest from 1 is reported', () =>
    measureCpuAccuracy(BURN_S),
  );
  say(`\n## 2. Sampler cost, from the same run (target <= 1%; the highest is reported)`);
  cpu.samplerLines.forEach(say);
  say(`\nharness: accuracy=${fmt(cpu.worst, 3)} sampler=${fmt(cpu.samplerWorstPercent, 1)}%`);
} else if (values.only === 'stability') {
  const stability = await section('5. Stability', 'the same verdicts; conclusive figures within 10%', () =>
    measureStability(REPETITIONS),
  );
  say(
    `\nharness: stability=${fmt(stability.worstPercent, 1)}% verdicts=${stability.verdictsAgree.join('/')} stability3=${fmt(stability.worstPercentThree, 1)}%`,
  );
} else {
  const dispatch = await section('1. Dispatch: per-task cost, ours / bare', '<= 1.2x each; the worst is reported', () =>
    measureDispatch(knob('HARNESS_DISPATCH_ROUNDS', 7)),
  );
  const cpu = await section('3a. Accuracy of cpu_time', '0.95-1.05; the furthest from 1 is reported', () =>
    measureCpuAccuracy(BURN_S),
  );
  say(`\n## 2. Sampler cost, from the same run (target <= 1%; the highest is reported)`);
  cpu.samplerLines.forEach(say);
  const memory = await section('3b. Accuracy of memory_mb', '0.9-1.1', () => measureMemoryAccuracy(HOLD_MIB));
  const efficiency = await section('4. Efficiency ceiling', '>= 0.95; the lower is reported', () =>
    measureEfficiency(REPETITIONS, BURN_S),
  );
  const stability = await section('5. Stability', 'the same verdicts; conclusive figures within 10%', () =>
    measureStability(REPETITIONS),
  );
  const coldStart = await section('6. Cold start and size', '<= 300 ms; the slower is reported', () =>
    measureColdStart(knob('HARNESS_COLD_ROUNDS', 10)),
  );
  const startup = await section('7. Start-up: cold speedup, ours / bare pools', STARTUP_TARGET, () =>
    measureStartup(STARTUP_ROUNDS, STARTUP_TASK_S),
  );

  // cpu accuracy and memory accuracy are both "accuracy": the one further from 1 is reported
  const accuracy = Math.abs(memory.worst - 1) > Math.abs(cpu.worst - 1) ? memory.worst : cpu.worst;
  say(
    `\nfinished in ${fmt((Date.now() - startedAt.getTime()) / 1000, 0)} s; accuracy = the figure furthest from 1 of cpu (${fmt(cpu.worst)}) and memory (${fmt(memory.worst)})`,
  );
  say(
    `harness: dispatch=${fmt(dispatch.worst, 2)}x sampler=${fmt(cpu.samplerWorstPercent, 1)}% accuracy=${fmt(accuracy, 2)} ` +
      `efficiency=${fmt(efficiency.lowest, 2)} stability=${fmt(stability.worstPercent, 1)}% verdicts=${stability.verdictsAgree.join('/')} ` +
      `stability3=${fmt(stability.worstPercentThree, 1)}% coldstart=${fmt(coldStart.slowestMs, 0)}ms startup=${fmt(startup.lowest, 3)}`,
  );
}

if (values.results) {
  const text = [
    '# Harness results',
    '',
    'The full output of `npm run bench:harness` (bench/harness/), the last time it was run and',
    'recorded here. Targets come from issue 7; the machine is shared and noisy, so ratios measured',
    'side by side in one run mean more than any absolute time.',
    '',
    '```',
    ...output,
    '```',
    '',
  ].join('\n');
  writeFileSync(values.results, text);
}
