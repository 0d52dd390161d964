// Text from results.json (workload, level, runtime names, errors…) is the user's, not ours: escape
// it for HTML text and for double-quoted attributes alike, in the page and in the inline SVG.
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"'`]/g, (ch) => ENTITIES[ch]);
}

/** At most `max` characters of the raw text (cut BEFORE escaping, so an entity is never cut in half). */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
