// Every Markdown writer (the PR comment, the job summary, report.md) goes through here.
//
// Names we did not write (workloads, levels, runtimes, errors, machine names: from a config, or
// in the fork pattern from a stranger's results file) become code spans. GitHub turns @user,
// @org/team, #1, owner/repo#1, commit SHAs, GH-1, :emoji: and bare URLs into mentions and links
// after Markdown is parsed, everywhere except inside code; a backslash does not stop it
// (github/cmark-gfm#181). Inside a code span nothing is interpreted: no link, image, HTML,
// comment, emphasis or reference, and the reader still sees the name exactly as written.
import { formatProse, type Prose } from '../prose.ts';
import { escapeHtml } from './html-escape.ts';

/** Where the Markdown goes: a table cell must also keep `|` from ending the cell. */
export type MarkdownPlace = 'text' | 'table';

// Line breaks would end a table row or a list item; other control characters have no business
// in a one-line name. Both become a space.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** A name from outside, inert: a code span holding exactly its characters. */
export function inertName(name: string, place: MarkdownPlace = 'text'): string {
  let text = name.replace(CONTROL, ' ');
  // GFM splits table rows at `|` before it parses code spans; `\|` keeps the pipe in the cell and
  // is shown as `|`, inside a code span too. A backslash of the name's own right before a pipe
  // would make `\\|`, which parsers read two ways (micromark: an escaped backslash, then a cell
  // boundary): a zero-width space between them keeps the cell whole and shows the same text.
  if (place === 'table') text = text.replace(/\\(?=\|)/g, '\\\u200b').replace(/\|/g, '\\|');
  // The fence is one backtick longer than the longest run inside, so no run can close it.
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // A code span strips one space at each end when both ends have one, and a backtick at an end
  // would merge with the fence: pad with a space then, which the span strips again.
  const pad =
    text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '')
      ? ' '
      : '';
  return `${fence}${pad}${text === '' ? ' ' : text}${pad}${fence}`;
}

/**
 * Our own words: none of them is meant as Markdown syntax, so the punctuation that could be read
 * as some (a `~` before a figure starts a strikethrough on GitHub) is escaped with a backslash.
 */
export function escapeMarkdown(text: string): string {
  // `\|` is what a table cell needs, and outside a table it shows `|` as well
  return text
    .replace(CONTROL, ' ')
    .replace(/[\\`*_~[\]<>!#|]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;');
}

/** A sentence of ours with names in it. */
export const markdownProse = (prose: Prose, place: MarkdownPlace = 'text'): string =>
  formatProse(prose, escapeMarkdown, (name) => inertName(name, place));

/**
 * A name inside an HTML block of the Markdown (`<details>`, `<summary>`): there a backslash escapes
 * nothing and a code span is not parsed, so the name is HTML-escaped, and put in `<code>`, which
 * GitHub's mention and autolink filters skip.
 */
export const inertNameInHtml = (name: string): string => `<code>${escapeHtml(name.replace(CONTROL, ' '))}</code>`;
