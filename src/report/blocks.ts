// The neutral blocks every report is made of (types only): sections.ts decides what a report
// says as a list of blocks; markdown.ts, html.ts and csv.ts only draw them, each in its own
// format. Content is written once; a format implements blocks (hyperfine's export/markup.rs).
//
// Text keeps escape.ts's rule: a plain string is our own words, written as they are (figures,
// units, fixed sentences: never a name, never markup); a Prose holds names from a config or a
// results file, which every drawer makes inert its own way; names never become our words.
import type { Prose } from '../prose.ts';
import type { CellResult } from '../results/types.ts';
import type { Bar } from './svg-bar-chart.ts';
import type { LineSeries } from './svg-line-chart.ts';
import type { Texture } from './svg-palette.ts';

export type Span = string | Prose | { strong: Span[] };
export type Text = Span[];

export type Align = 'l' | 'r';

export interface TableRow {
  /** One per column; a cell's parts are one line each where a format can stack them (HTML), else joined by " · ". */
  cells: Text[][];
  /** The row's colour in the charts, for formats that draw colour. */
  swatch?: { color: string; texture: Texture };
  /** A word beside the row's name ("best": the model the cold verdict names). */
  tag?: string;
}

export interface TableBlock {
  kind: 'table';
  header: Text[];
  align: Align[];
  rows: TableRow[];
}

/** A speedup bar chart: one group per level, one bar per model. */
export interface BarChartBlock {
  kind: 'chart';
  shape: 'bars';
  /** A page-unique id ([a-z0-9-]). */
  id: string;
  workload: string;
  series: { name: string; short: string; color: string; texture: Texture }[];
  groups: { label: string; sublabel: string; ideal: number; bars: (Bar | undefined)[] }[];
  /** The group a format with room for one small chart draws (the cold verdict's level), if any. */
  headline?: number;
}

/** A sweep: speedup against pool size, one line per model. */
export interface LineChartBlock {
  kind: 'chart';
  shape: 'lines';
  title: string;
  workers: number[];
  cores: number;
  series: LineSeries[];
}

export type Block =
  /** Level 2: the report's title; 3: a part of it (Markdown's ## and ###; HTML's h1 and h2). */
  | { kind: 'heading'; level: 2 | 3; text: Text }
  /** `note` and `warning` stand out; `fine` is small print (a footer). */
  | { kind: 'paragraph'; text: Text; tone?: 'note' | 'warning' | 'fine' }
  /** Short facts in one line (the machine, the runtimes). */
  | { kind: 'facts'; items: Text[] }
  | { kind: 'list'; items: { text: Text; sub?: Text[] }[] }
  | TableBlock
  /** Folded: the summary shows, the blocks open on demand. */
  | { kind: 'details'; summary: Text; blocks: Block[] }
  | BarChartBlock
  | LineChartBlock
  /** A part of the report that belongs together (a workload): a box in HTML, nothing in Markdown. */
  | { kind: 'section'; id: string; blocks: Block[] };

/** Text parts joined by a separator of ours. */
export const joined = (parts: Text[], separator: string): Text =>
  parts.flatMap((part, i) => (i === 0 ? part : [separator, ...part]));

export const strong = (...spans: Span[]): Span => ({ strong: spans });

/** What an exporter draws from: the report's blocks, and its cells for formats that list them. */
export interface DrawnReport {
  title: string;
  blocks: Block[];
  /** Every cell, with its runner's label in a merged report. */
  cells: { runner?: string; cell: CellResult }[];
}
