// Users read errors in a progress line, a table cell and a PR comment: one line, no stack.
const MAX_LENGTH = 300;

export function oneLine(error: unknown): string {
  let text: string;
  if (error instanceof Error) {
    const name = error.name && error.name !== 'Error' ? `${error.name}: ` : '';
    text = `${name}${error.message}`;
  } else {
    text = String(error);
  }
  text = text.replace(/\s+/g, ' ').trim() || 'unknown error';
  return text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text;
}
