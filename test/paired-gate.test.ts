// The paired-ratio gate's decisions on ratios of known truth (its rates: bench/paired-gate-sim.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pairedGate } from '../src/compare/paired-gate.ts';

const rounds = (ratio: number, n = 10) => Array.from({ length: n }, (_, i) => ratio * (1 + ((i % 5) - 2) * 0.01));
const options = { minEffect: 0.1, alpha: 0.05 };

test('slower when the ratios lie above 1 + min_effect ÷ 2 and their median beyond 1 + min_effect; faster likewise', () => {
  const found = pairedGate(
    [
      { id: 'slowed', ratios: rounds(1.2) },
      { id: 'a little', ratios: rounds(1.06) },
      { id: 'unchanged', ratios: rounds(1) },
      { id: 'sped up', ratios: rounds(0.8) },
    ],
    options,
  );
  assert.deepEqual(
    found.map((f) => [f.id, f.verdict]),
    [
      ['slowed', 'slower'],
      ['a little', 'same'],
      ['unchanged', 'same'],
      ['sped up', 'faster'],
    ],
  );
  assert.ok(found[0]!.ci[0] > 1.15 && found[0]!.ci[1] < 1.25 && found[0]!.ciLevel >= 0.95);
});

test('too few rounds to show anything: nothing is flagged, whatever the ratios read', () => {
  const found = pairedGate([{ id: 'slowed', ratios: rounds(1.5, 4) }], options);
  assert.equal(found[0]!.verdict, 'same');
});

test('the false discovery rate is across cells: one clear cell among many unchanged is still found', () => {
  const cells = [
    { id: 'slowed', ratios: rounds(1.2, 12) },
    ...Array.from({ length: 39 }, (_, i) => ({ id: String(i), ratios: rounds(1, 12) })),
  ];
  const found = pairedGate(cells, options);
  assert.deepEqual(
    found.filter((f) => f.verdict !== 'same').map((f) => f.id),
    ['slowed'],
  );
});
