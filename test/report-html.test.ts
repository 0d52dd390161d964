// report.html: self-contained (no script, no request), every name escaped, every reason shown,
// one chart per workload; and a real render in headless Chromium when /usr/bin/chromium exists.
import { completeResults, readResults } from '../src/analysis/complete.ts';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { inflateSync } from 'node:zlib';
import { cellFigures } from '../src/measure/metrics.ts';
import { escapeHtml } from '../src/report/html-escape.ts';
import { breakEvens } from '../src/analysis/break-even.ts';
import { verdicts } from '../src/analysis/verdicts.ts';
import { renderHtml } from '../src/report/html.ts';
import { plainText } from '../src/prose.ts';
import { breakEvenSentence, verdictText } from '../src/report/summary-text.ts';
import { STRATEGIES } from '../src/registry.ts';
import type { CellResult, Results, SampleStats } from '../src/results/types.ts';
import { fixture } from './helpers.ts';

// read as every reader reads it: checked, and completed where an earlier version stored less
const sample: Results = readResults(fixture('results-sample.json'));
const HOSTILE = 'a|b<script>alert(1)</script>`x`';
const count = (text: string, what: string) => text.split(what).length - 1;
const workloadsOf = (results: Results) => [...new Set(results.cells.map((c) => c.workload))];

const figures = (speedup: number, noisy = false) => {
  const f = cellFigures(
    [
      {
        wall_time: 1 / speedup,
        cpu_time: 1.5 / speedup,
        peak_memory_bytes: 50 * 2 ** 20,
        phases: { startup: 0.01, run: 0.9 / speedup, shutdown: 0.01 },
      },
    ],
    [1],
    2,
    2,
  );
  return { ...f, noisy };
};
const key = (strategy: string, level: string, runtime = strategy.endsWith('pool') ? 'python3.14' : 'node') => ({
  runtime,
  strategy,
  workload: 'cpu',
  level,
  arg: 1000,
  workers: 2,
  tasks: 2,
});
/** The sample with other cells, completed as a reader completes a file that stores no verdicts. */
const withCells = (cells: CellResult[]): Results =>
  completeResults({ ...sample, cells, verdicts: undefined, break_even: undefined });

/** What a browser would fetch or run: scripts, event handlers, URLs, external references. */
function assertSelfContained(html: string) {
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /https?:\/\//i);
  assert.doesNotMatch(html, /<(img|link|iframe|object|embed|audio|video|source|base)\b/i);
  // every `<` of the results is escaped, so each `<name …>` is markup we wrote: none has a handler
  for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) assert.doesNotMatch(tag, /\son[a-z]+\s*=/i, tag);
  assert.doesNotMatch(html, /@import|@font-face/i);
  for (const [, url] of html.matchAll(/url\(([^)]*)\)/g))
    assert.match(url, /^#chart-\d+-p\d+$/, `only in-page pattern references: ${url}`);
  for (const [, href] of html.matchAll(/\s(?:href|src)="([^"]*)"/g))
    assert.match(href, /^#w\d+$/, `only in-page links: ${href}`);
}

/** Open and close tags of the elements we build balance out (Chromium's parse is checked below). */
function assertBalanced(html: string) {
  for (const tag of [
    'svg',
    'section',
    'table',
    'thead',
    'tbody',
    'tr',
    'td',
    'th',
    'details',
    'figure',
    'text',
    'title',
    'p',
    'ul',
    'li',
    'div',
    'span',
  ]) {
    assert.equal(count(html, `<${tag}>`) + count(html, `<${tag} `), count(html, `</${tag}>`), `<${tag}> balanced`);
  }
}

test('escapeHtml escapes text and attribute breakers', () => {
  assert.equal(escapeHtml(HOSTILE), 'a|b&lt;script&gt;alert(1)&lt;/script&gt;&#96;x&#96;');
  assert.equal(escapeHtml(`"'&`), '&quot;&#39;&amp;');
});

test('the sample report is self-contained, escaped, and says why cells did not run', () => {
  const html = renderHtml(sample);
  assertSelfContained(html);
  assertBalanced(html);
  // the hostile workload name shows up only escaped: never as markup
  assert.ok(!html.includes(HOSTILE));
  assert.ok(!html.includes('<i>1</i>') && !html.includes('one"><b>'));
  assert.ok(html.includes(escapeHtml(HOSTILE)));
  // one chart per workload, inside that workload's section
  const sections = html.split('<section class="workload"').slice(1);
  assert.equal(sections.length, workloadsOf(sample).length);
  for (const section of sections) assert.equal(count(section, '<svg'), 1);
  // every failed or skipped cell's reason is on the page (escaped)
  const notRun = sample.cells.filter((c) => c.status !== 'ok');
  assert.ok(notRun.some((c) => c.status === 'failed') && notRun.some((c) => c.status === 'skipped'));
  for (const cell of notRun)
    assert.ok(
      html.includes(escapeHtml(cell.status === 'failed' ? cell.error : cell.reason)),
      `reason of ${cell.strategy} ${cell.level}`,
    );
  // names, system line, legend
  for (const { name } of Object.values(STRATEGIES)) assert.ok(html.includes(name), name);
  for (const fact of [
    '2 cores',
    'AMD EPYC 7763',
    '7.8 GB',
    'Node v24.21.0',
    '<b>2 cores</b>',
    'python3.14t 3.14.0 (free-threaded)',
    'runner GitHub Actions 12 Linux X64',
    'commit c189e4b',
    '2026-11-25 10:41 UTC',
  ])
    assert.ok(html.includes(fact), fact);
  // the legend is the Markdown report's (sections.ts cellLegend): one wording for both
  assert.match(html, /Each cell: speedup with a pool made per job \(serial time ÷ parallel time; ideal 2×/);
  assert.match(html, /efficiency \(speedup ÷ workers\) · CPU utilization of the workers/);
  // the folded parts: break-even, the full metrics, how a verdict is reached
  for (const summary of [
    'Break-even: the task size',
    'Full metrics (medians over the rounds)',
    'How a verdict is reached',
  ])
    assert.ok(html.includes(`<details><summary>${summary}`), summary);
});

/** The sample's cells with each round seen twice: 6 rounds, enough for a verdict to name a model. */
function withSixRounds(results: Results): Results {
  const twice = (stats: SampleStats): SampleStats =>
    stats.samples ? { ...stats, samples: [...stats.samples, ...stats.samples], ci: undefined } : stats;
  const cells = results.cells.map((cell) => {
    if (cell.status !== 'ok') return cell;
    const stats = { ...cell.stats, speedup: twice(cell.stats.speedup) };
    const warm = cell.warm && { ...cell.warm, stats: { ...cell.warm.stats, speedup: twice(cell.warm.stats.speedup) } };
    return { ...cell, stats, ...(warm ? { warm } : {}) };
  });
  return { ...results, cells };
}

test('verdicts: the same as results.json and the Markdown report, with the rule and the break-even sentences', () => {
  const six = withSixRounds(sample);
  const results = completeResults({ ...six, verdicts: verdicts(six, 0.05), break_even: breakEvens(six) });
  const html = renderHtml(results);
  const cpu = results.verdicts!.find((v) => v.workload === 'cpu' && v.basis === 'cold')!;
  assert.ok(cpu.best.length > 0, 'the sample has a cpu verdict');
  const text = verdictText(cpu, results.cells);
  assert.ok(
    html.includes(
      `${escapeHtml(plainText(text.basis))}: <b>${text.names.map((name) => escapeHtml(plainText(name))).join(' ≈ ')}</b>`,
    ),
    'the cold cpu verdict as Markdown words it',
  );
  assert.match(html, /A verdict rests on the last level of a workload that ran/);
  // the models a verdict names get their break-even sentence under it; every model its table row
  const named = new Set(results.verdicts!.flatMap((v) => v.best.map((id) => `${v.workload} ${id}`)));
  for (const b of results.break_even!.filter((b) => named.has(`${b.workload} ${b.runtime}/${b.strategy}`)))
    assert.ok(html.includes(escapeHtml(plainText(breakEvenSentence(b)))), `break-even of ${b.strategy} ${b.workload}`);
  const table = html.slice(html.indexOf('<summary>Break-even'));
  assert.equal(count(table.slice(0, table.indexOf('</details>')), '<tr>'), results.break_even!.length + 1);
  // the badge goes to the models the cold verdict names
  assert.equal(
    count(html, 'class="badge"'),
    results.verdicts!.filter((v) => v.basis === 'cold').reduce((n, v) => n + v.best.length, 0),
  );
});

test('one cell, no ok cell, no cell at all, 6 strategies × 3 levels: all render', () => {
  const one = renderHtml(withCells([{ ...key('event-loop', 'low'), status: 'ok', ...figures(0.9) }]));
  assertSelfContained(one);
  assertBalanced(one);
  assert.equal(count(one, '<svg'), 1);
  assert.match(one, /0\.90×/);

  const none = renderHtml(
    withCells([
      { ...key('worker-threads', 'low'), status: 'failed', error: 'Error: <b>boom</b>' },
      { ...key('interpreter-pool', 'low'), status: 'skipped', reason: 'needs 3.14' },
    ]),
  );
  assertSelfContained(none);
  assertBalanced(none);
  assert.equal(count(none, '<svg'), 1);
  assert.match(none, /No cell of this workload was measured/);
  assert.match(none, /<h2>Not measured<\/h2>/);
  assert.ok(none.includes('failed: Error: &lt;b&gt;boom&lt;/b&gt;') && none.includes('skipped: needs 3.14'));
  assert.doesNotMatch(none, /NaN|Infinity|undefined/);

  assert.match(renderHtml(withCells([])), /No cells in these results/);

  const full = renderHtml(
    withCells(
      Object.keys(STRATEGIES).flatMap((s, i) =>
        ['low', 'med', 'high'].map((level, j) => ({
          ...key(s, level),
          status: 'ok' as const,
          ...figures(0.5 + i * 0.3 + j * 0.1, j === 1),
        })),
      ),
    ),
  );
  assertSelfContained(full);
  assertBalanced(full);
  assert.equal(count(full, '</title></rect>'), 18, 'a bar per strategy × level');
  assert.doesNotMatch(full, /NaN|Infinity|undefined/);
});

// ---- a real render ----

const CHROMIUM = '/usr/bin/chromium';

/** Width, height and RGB pixels of an 8-bit, non-interlaced RGB or RGBA PNG. */
function decodePng(png: Buffer): { width: number; height: number; rgb: (x: number, y: number) => number } {
  assert.equal(png.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'PNG signature');
  let offset = 8;
  let header: Buffer | undefined;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('ascii', offset + 4, offset + 8);
    if (type === 'IHDR') header = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IDAT') data.push(png.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  assert.ok(header);
  const [width, height, depth, colorType, interlace] = [
    header.readUInt32BE(0),
    header.readUInt32BE(4),
    header[8],
    header[9],
    header[12],
  ];
  assert.ok(depth === 8 && (colorType === 2 || colorType === 6) && interlace === 0, 'an 8-bit RGB(A) PNG');
  const bpp = colorType === 6 ? 4 : 3;
  const stride = width * bpp;
  const raw = inflateSync(Buffer.concat(data));
  const px = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = y * (stride + 1) + 1;
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? px[y * stride + i - bpp] : 0;
      const b = y > 0 ? px[(y - 1) * stride + i] : 0;
      const c = i >= bpp && y > 0 ? px[(y - 1) * stride + i - bpp] : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
      px[y * stride + i] = (raw[line + i] + predictor) & 255;
    }
  }
  return { width, height, rgb: (x, y) => px.readUIntBE((y * width + x) * bpp, 3) };
}

function chromium(dir: string, args: string[]) {
  const result = spawnSync(
    CHROMIUM,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--host-resolver-rules=MAP * ~NOTFOUND',
      `--user-data-dir=${mkdtempSync(join(dir, 'profile-'))}`,
      ...args,
    ],
    { encoding: 'utf8', timeout: 20_000, maxBuffer: 64 * 2 ** 20 },
  );
  assert.equal(result.error, undefined, `chromium: ${result.error}`);
  return result;
}

test('headless Chromium parses and draws the sample report', {
  skip: existsSync(CHROMIUM)
    ? false
    : `${CHROMIUM} is absent (apt-get install chromium): the real render is not checked`,
  timeout: 60_000,
}, (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'cb-report-html-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const page = join(dir, 'report.html');
  writeFileSync(page, renderHtml(sample));

  // parsed as intended: the sections and charts are elements, the hostile name is text
  const dom = chromium(dir, ['--dump-dom', `file://${page}`]).stdout;
  assert.equal(count(dom, '<section class="workload"'), workloadsOf(sample).length, dom.slice(0, 500));
  assert.equal(count(dom, '<svg'), workloadsOf(sample).length);
  assert.doesNotMatch(dom, /<script/i);
  assert.ok(dom.includes('a|b&lt;script&gt;alert(1)&lt;/script&gt;`x`'));

  const png = join(dir, 'report.png');
  chromium(dir, [`--screenshot=${png}`, '--window-size=1280,2400', `file://${page}`]);
  assert.ok(existsSync(png), 'the screenshot was written');
  assert.ok(statSync(png).size > 50_000, `a blank page is ~14 KB; this one is ${statSync(png).size} bytes`);
  const image = decodePng(readFileSync(png));
  assert.deepEqual([image.width, image.height], [1280, 2400]);
  // the first chart is on screen: every strategy's colour is somewhere in its pixels
  const seen = new Set<number>();
  for (let y = 0; y < image.height; y += 2) for (let x = 0; x < image.width; x += 2) seen.add(image.rgb(x, y));
  for (const [id, { color }] of Object.entries(STRATEGIES))
    assert.ok(seen.has(parseInt(color.slice(1), 16)), `${id}'s ${color} is drawn`);
});

test("report.html's tables fit a 1280-pixel screen (9 models × 3 levels, two Pythons)", {
  skip: existsSync(CHROMIUM) ? false : `${CHROMIUM} is absent (apt-get install chromium): widths are not checked`,
  timeout: 60_000,
}, (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'cb-report-width-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // the sample's cpu rows at a third level: the shape of a default run with two Pythons
  const cpu = sample.cells.filter((cell) => cell.workload === 'cpu');
  const wide = withCells([
    ...cpu,
    ...cpu.filter((cell) => cell.level === 'high').map((cell) => ({ ...cell, level: 'med' })),
  ]);
  // the page's own policy forbids scripts: this copy drops it and reports each table's right edge
  const measure =
    '<script>document.body.dataset.widths=JSON.stringify({page:document.documentElement.scrollWidth,tables:[...document.querySelectorAll("details")].map(d=>d.open=true)&&[...document.querySelectorAll("table")].map(t=>Math.ceil(t.getBoundingClientRect().right))})</script></body>';
  const page = join(dir, 'report.html');
  writeFileSync(
    page,
    renderHtml(wide)
      .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
      .replace('</body>', measure),
  );
  const dom = chromium(dir, [
    '--window-size=1280,2400',
    '--virtual-time-budget=2000',
    '--dump-dom',
    `file://${page}`,
  ]).stdout;
  const found = /data-widths="([^"]*)"/.exec(dom);
  assert.ok(found, 'the measuring script ran');
  const widths = JSON.parse(found[1]!.replaceAll('&quot;', '"')) as { page: number; tables: number[] };
  assert.ok(widths.tables.length >= 3, JSON.stringify(widths));
  t.diagnostic(`page ${widths.page} px; tables end at ${widths.tables.join(', ')} px`);
  assert.ok(widths.page <= 1280, `the page scrolls sideways: ${widths.page} px`);
  for (const right of widths.tables) assert.ok(right <= 1280, `a table ends at ${right} px: ${JSON.stringify(widths)}`);
});
