// Markdown as GitHub would parse it, for tests: micromark with the GFM extensions (tables,
// autolink literals, strikethrough) implements the GFM spec that github/cmark-gfm follows. GitHub
// then turns @mentions, #refs, commit SHAs and :emoji: in text into links, everywhere but inside
// code: so what must stay inert must not appear outside <code> in this HTML.
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';

/** HTML the way GitHub's parser sees the Markdown (raw HTML passed through, as GitHub does before sanitizing). */
export const renderGfm = (markdown: string) =>
  micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });

const decode = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');

/** The texts of every <code> element, decoded. */
export const codeTexts = (html: string) =>
  [...html.matchAll(/<code(?: [^>]*)?>([\s\S]*?)<\/code>/g)].map((m) => decode(m[1]!));

/** The HTML with every <pre> block and <code> element taken out: where GitHub would still act on text. */
export const outsideCode = (html: string) =>
  html.replace(/<pre>[\s\S]*?<\/pre>/g, '').replace(/<code(?: [^>]*)?>[\s\S]*?<\/code>/g, '');

/** The hostile name: a mention, a team mention, a link, an image and an issue reference. */
export const HOSTILE = '@octocat see [docs](https://example.com/x) ![i](https://example.com/i.png) #1 @org/team';

/** Every trace of the hostile string outside code, in GitHub's parse of the Markdown. */
export function activeParts(markdown: string): string[] {
  const html = renderGfm(markdown);
  const outside = outsideCode(html);
  const found: string[] = [];
  for (const [what, pattern] of [
    ['a mention', /@octocat|@org/],
    ['an issue reference', /#1\b/],
    ['a link', /<a\b/],
    ['an image', /<img\b/],
    ["the stranger's address", /example\.com/],
  ] as const) {
    if (pattern.test(outside)) found.push(what);
  }
  return found;
}
