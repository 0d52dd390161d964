// GitHub caps a comment at 65,536 characters and a step summary at 1 MiB: a long report is cut
// at a paragraph (or line) boundary and ends with a pointer to where the whole of it is (pure).

export const COMMENT_LIMIT_CHARS = 65_536;
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export const chars = (text: string) => text.length;
export const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

export function fitToLimit(
  text: string,
  limit: number,
  pointer: string,
  size: (text: string) => number = chars,
): string {
  if (size(text) <= limit) return text;
  const note = `\n\n_…cut to fit GitHub's limit. ${pointer}_\n`;
  const room = limit - size(note);
  // the longest prefix that fits (binary search: `size` may count bytes, not characters)
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (size(text.slice(0, middle)) <= room) low = middle;
    else high = middle - 1;
  }
  const prefix = text.slice(0, low);
  const paragraph = prefix.lastIndexOf('\n\n');
  const end = paragraph > 0 ? paragraph : Math.max(prefix.lastIndexOf('\n'), 0);
  return `${prefix.slice(0, end)}${note}`;
}
