// report.csv: one row per cell with the headline figures, RFC 4180 quoting, and no name from a
// results file that a spreadsheet would run as a formula.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { readResults } from '../src/analysis/complete.ts';
import { inertCsvText, renderCsv } from '../src/report/csv.ts';
import { writeMergedReports, writeReports } from '../src/report/write-reports.ts';
import { fixture } from './helpers.ts';

const sample = readResults(fixture('results-sample.json'));

/** RFC 4180 read back: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  assert.equal(field + row.join(''), '', 'the file ends with CRLF');
  return rows;
}

test('one row per cell, every row as wide as the header, the figures as results.json has them', () => {
  const rows = parseCsv(renderCsv({ title: '', blocks: [], cells: sample.cells.map((cell) => ({ cell })) }));
  const [header, ...body] = rows;
  assert.equal(body.length, sample.cells.length);
  for (const row of body) assert.equal(row.length, header!.length);
  const at = (row: string[], column: string) => row[header!.indexOf(column)];
  const ok = sample.cells.findIndex((cell) => cell.status === 'ok');
  const cell = sample.cells[ok]!;
  assert.ok(cell.status === 'ok');
  assert.equal(Number(at(body[ok]!, 'speedup')), cell.metrics.speedup);
  assert.equal(Number(at(body[ok]!, 'wall_time_s')), cell.metrics.wall_time);
  assert.deepEqual(
    [Number(at(body[ok]!, 'speedup_ci_low')), Number(at(body[ok]!, 'speedup_ci_high'))],
    cell.stats.speedup.ci,
  );
  // the hostile workload name (a pipe, quotes, a backtick, markup) comes back exactly
  const hostile = sample.cells.findIndex((c) => c.workload.includes('<script>'));
  assert.equal(at(body[hostile]!, 'workload'), sample.cells[hostile]!.workload);
  const failed = sample.cells.findIndex((c) => c.status === 'failed');
  assert.equal(at(body[failed]!, 'status'), 'failed');
  assert.ok(at(body[failed]!, 'reason'));
});

test('a name a spreadsheet would run as a formula stays text', () => {
  for (const forged of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\tx', '\rx'])
    assert.equal(inertCsvText(forged), `'${forged}`);
  assert.equal(inertCsvText('cpu'), 'cpu');
  const cells = sample.cells.map((cell) => ({ runner: '=cmd|" /C calc"!A0', cell: { ...cell, level: '-1,"x"\n' } }));
  const [header, first] = parseCsv(renderCsv({ title: '', blocks: [], cells }));
  assert.equal(first![header!.indexOf('runner')], `'=cmd|" /C calc"!A0`);
  assert.equal(first![header!.indexOf('level')], `'-1,"x"\n`);
});

test('a run and a merge write report.csv beside report.md and report.html', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'cb-csv-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const run = writeReports(dir, sample);
  assert.deepEqual(
    run.files.map((file) => file.slice(dir.length + 1)),
    ['report.md', 'report.html', 'report.csv'],
  );
  assert.equal(parseCsv(readFileSync(join(dir, 'report.csv'), 'utf8')).length, sample.cells.length + 1);
  const merged = writeMergedReports(dir, [
    { source: 'a', results: sample },
    { source: 'b', results: sample },
  ]);
  const rows = parseCsv(readFileSync(merged.files.find((file) => file.endsWith('.csv'))!, 'utf8'));
  assert.equal(rows.length, 2 * sample.cells.length + 1);
  assert.equal(new Set(rows.slice(1).map((row) => row[0])).size, 2, 'each row names its runner');
});
