// The GitHub Action's entry (dist/index.js). The Action's own edge (inputs, summary, PR
// comment, artifact) is issue #4; until then it runs the same engine as the CLI.
import './cli.ts';
