// The layers of src/, lowest first (docs/architecture.md, "Layers"). A module may import from
// its own layer and the ones below it, never from a layer above: data flows one way.
// test/layers.test.ts runs these rules on src/ (npm test); `npx depcruise src` runs them by hand.
// Each pattern matches a disjoint set of files; the test checks every file of src/ is in one.
const LAYERS = [
  // the shapes everyone shares: results.json, the strategy registry, words and names, errors
  [
    'contract',
    '^src/(results/types|registry|workload-registry|prose|one-line|format-seconds|user-error|version)[.]ts$',
  ],
  // pure statistics: order statistics, tests, corrections, summaries, seeded random numbers
  ['stats', '^src/stats/'],
  ['config', '^src/config/'],
  ['plan', '^src/plan/'],
  // measuring: runners, pools, workloads, the runtimes' descriptors, the loopback server
  ['measure', '^src/(paths[.]ts$|measure/|strategies/|workloads/|network/|runtimes/)'],
  // writing and reading results.json
  ['results', '^src/results/(?!types[.]ts$)'],
  ['analysis', '^src/analysis/'],
  ['compare', '^src/compare/'],
  ['report', '^src/report/'],
  ['publish', '^src/github/'],
  // the run as a whole, and the CLI and the Action around it
  ['edges', '^src/(benchmark|workload-check|cancel-on-signals|cli|cli-args|merge|action|index)[.]ts$|^src/action/'],
];

const upward = LAYERS.flatMap(([name, path], i) =>
  LAYERS.slice(i + 1).map(([above, abovePath]) => ({
    name: `${name}-imports-${above}`,
    comment: `${name} is below ${above}: move what both need down, or pass it in`,
    severity: 'error',
    from: { path },
    to: { path: abovePath },
  })),
);

module.exports = {
  forbidden: [...upward, { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true } }],
  options: {
    // type-only imports count: a type from a layer above is still an upward dependency
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '[.]generated[.]' },
  },
};
// For test/layers.test.ts; not enumerable, so dependency-cruiser's own config check ignores it.
Object.defineProperty(module.exports, 'LAYERS', { value: LAYERS, enumerable: false });
