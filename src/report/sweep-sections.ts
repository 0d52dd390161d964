// Worker sweeps as blocks (pure): what the fits mean, said once, then per sweep its curve (a line
// chart, where a format draws one) and a table of speedup by pool size with the fits.
import { plainText, prose, proseOf } from '../prose.ts';
import type { Block, Text } from './blocks.ts';
import type { ReportModel } from './model.ts';
import { amdahlText, noFitNote, peakText, uslText } from './summary-text.ts';

const sweepNote = (cores: number) =>
  `Each pool size runs as many tasks as workers, against the same tasks run serially; * marks more workers than the ${cores} cores (over-subscribed: they queue for the cores). The fits use only the pool sizes within the cores (4 or more, else no fit), each read against the same model with 1 worker (when the sweep has it), so a pool's own start-up is not taken for poor scaling. Amdahl's serial fraction is the share that never runs in parallel; Gunther's USL splits the loss into contention σ (waiting for something shared) and coherency κ (keeping workers in step, what makes a curve turn down), and puts the peak at √((1 − σ) / κ) workers.`;

export function sweepBlocks(model: ReportModel, charts: boolean): Block[] {
  if (model.sweeps.length === 0) return [];
  const blocks: Block[] = [
    { kind: 'heading', level: 3, text: ['Scaling: speedup by pool size'] },
    { kind: 'paragraph', text: [sweepNote(model.sweeps[0]!.cores)] },
  ];
  for (const sweep of model.sweeps) {
    if (charts)
      blocks.push({
        kind: 'chart',
        shape: 'lines',
        title: `${sweep.workload} ${plainText(sweep.level)}: speedup by pool size`,
        workers: sweep.workers,
        cores: sweep.cores,
        series: sweep.rows.map(({ name, color, curve }) => ({
          name: plainText(name),
          color,
          points: curve.points.map((p) => ({
            at: sweep.workers.indexOf(p.workers),
            value: p.speedup,
            title: `${plainText(name)}: ${p.speedup.toFixed(2)}× with ${p.workers} workers${p.overSubscribed ? ' (over cores)' : ''}`,
          })),
        })),
      });
    const header: Text[] = [
      [prose`${sweep.workload} ${sweep.level}`],
      ...sweep.workers.map((n) => [n > sweep.cores ? `${n}*` : String(n)]),
      ['Amdahl serial fraction'],
      ['USL σ · κ'],
      ['Peak'],
    ];
    const notes: string[] = [];
    const rows = sweep.rows.map(({ name, color, curve }) => {
      const note = noFitNote(curve, sweep.cores);
      if (note && !notes.includes(note)) notes.push(note);
      return {
        swatch: { color, texture: 0 },
        cells: [
          [[name]],
          ...sweep.workers.map((n) => {
            const point = curve.points.find((p) => p.workers === n);
            return point ? [[`${point.speedup.toFixed(2)}×`]] : [];
          }),
          [[amdahlText(curve)]],
          [[uslText(curve)]],
          [[proseOf(peakText(curve, sweep.cores))]],
        ],
      };
    });
    blocks.push({ kind: 'table', header, align: header.map((_, i) => (i === 0 ? 'l' : 'r')), rows });
    for (const note of notes)
      blocks.push({ kind: 'paragraph', text: [proseOf(`${note[0]!.toUpperCase()}${note.slice(1)}.`)] });
  }
  return [{ kind: 'section', id: 'sweeps', blocks }];
}
