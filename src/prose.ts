// Sentences that carry names we did not write: workload and level names from a config, runtime
// labels, error messages and machine names from a results file (in the fork pattern, a stranger's
// file). Such a name is kept apart from our own words, so that each formatter can make it inert
// its own way (Markdown: a code span, which no mention, link or emphasis can escape; HTML: escaped
// text). Pure, no imports: every layer may use it.

/** A name from outside: shown as written, never interpreted. */
export interface Name {
  name: string;
}

export type Prose = (string | Name)[];

export const nameOf = (name: string | number): Name => ({ name: String(name) });

const isName = (part: unknown): part is Name => typeof part === 'object' && part !== null && 'name' in part;

/**
 * prose`…${x}…`: the literal text is ours; every interpolated string is a name (untrusted, the
 * safe default), numbers are ours, and Prose or Name values are spliced in as they are. Our own
 * computed words go in as `ours(text)`.
 */
export function prose(strings: TemplateStringsArray, ...values: (string | number | Name | Prose | Ours)[]): Prose {
  const parts: Prose = [];
  strings.forEach((literal, i) => {
    if (literal) parts.push(literal);
    if (i >= values.length) return;
    const value = values[i]!;
    if (typeof value === 'number') parts.push(String(value));
    else if (typeof value === 'string') parts.push(nameOf(value));
    else if (isOurs(value)) parts.push(value.ours);
    else if (Array.isArray(value)) parts.push(...value);
    else parts.push(value);
  });
  return parts;
}

/** Words we wrote ourselves but computed (a formatted figure, a unit), for prose`…`. */
export interface Ours {
  ours: string;
}
export const ours = (text: string): Ours => ({ ours: text });
const isOurs = (part: unknown): part is Ours => typeof part === 'object' && part !== null && 'ours' in part;

/** The prose as a reader sees it, for plain-text outputs (terminal lines, errors, tests). */
export const plainText = (prose: Prose): string => prose.map((part) => (isName(part) ? part.name : part)).join('');

/** Each part through its own formatter: ours through `words`, names through `names`. */
export const formatProse = (prose: Prose, words: (text: string) => string, names: (name: string) => string): string =>
  prose.map((part) => (isName(part) ? names(part.name) : words(part))).join('');

/** Prose items joined with a separator of our own. */
export function joinProse(items: Prose[], separator: string): Prose {
  return items.flatMap((item, i) => (i === 0 ? item : [separator, ...item]));
}
