// Users read errors in a progress line, a table cell and a PR comment: one line, no stack. And
// every line we print may carry text we did not write (a name from a results file, a byte of a
// broken one), so what reaches a terminal or a workflow log goes through logLine first.
const MAX_LENGTH = 300;

export function oneLine(error: unknown): string {
  let text: string;
  if (error instanceof Error) {
    const name = error.name && error.name !== 'Error' ? `${error.name}: ` : '';
    text = `${name}${error.message}`;
  } else {
    text = String(error);
  }
  text = logLine(text.replace(/\s+/g, ' ').trim()) || 'unknown error';
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}

// C0 and C1 controls (ESC starts ANSI and OSC-8 sequences, CSI is C1's 0x9b), DEL, the Unicode
// line and paragraph separators, and the bidirectional overrides that reorder what a reader sees.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text made safe for a terminal and a GitHub Actions log: each control character shown as `\xNN`
 * (or `\uNNNN`), and no workflow command: the runner reads `::name::` (and the older `##[name]`)
 * at the start of a line, and a zero-width space splits both wherever they appear. Newlines are
 * kept apart: `multiline` keeps them (a report printed whole), otherwise they become spaces.
 */
export function logLine(text: string, { multiline = false } = {}): string {
  const lines = text
    .replace(CONTROLS, (c) => {
      const code = c.charCodeAt(0);
      return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    })
    .replace(/::/g, ':\u200b:')
    .replace(/##\[/g, '#\u200b#[');
  return multiline ? lines : lines.replace(/\n/g, ' ');
}
