// One stable colour per strategy (the registry's), from the Okabe-Ito palette: distinguishable
// with the common colour-vision deficiencies; its yellow is left out, too pale on white. When
// several runtimes run the same strategy (python3.12 and python3.14t ThreadPool), the second and
// later ones get a texture on top of the same colour, so the colour still says "which strategy".
import { isStrategyId, STRATEGIES } from '../registry.ts';

/** A strategy the registry does not know (from a stranger's results file) is grey. */
export const strategyColor = (id: string): string => (isStrategyId(id) ? STRATEGIES[id].color : '#7F7F7F');

/** 0 solid, 1 diagonal stripes, 2 dots, 3 cross-hatch (then again). */
export type Texture = number;

/** An SVG <pattern> for a textured fill; `id` must be unique in the page. */
export function texturePattern(id: string, color: string, texture: Texture): string {
  const kind = texture % 4;
  const marks = [
    '',
    '<path d="M0 0V8" stroke="#fff" stroke-width="3"/>',
    '<circle cx="4" cy="4" r="1.6" fill="#fff"/>',
    '<path d="M0 0V8M0 4H8" stroke="#fff" stroke-width="1.6"/>',
  ][kind];
  const rotate = kind === 1 || kind === 3 ? ' patternTransform="rotate(45)"' : '';
  return `<pattern id="${id}" width="8" height="8" patternUnits="userSpaceOnUse"${rotate}><rect width="8" height="8" fill="${color}"/>${marks}</pattern>`;
}

/** The same look as a CSS background, for the swatches in HTML legends and tables. */
export function textureCss(color: string, texture: Texture): string {
  switch (texture % 4) {
    case 1:
      return `background:repeating-linear-gradient(45deg,${color} 0 3px,#fff 3px 5px)`;
    case 2:
      return `background:radial-gradient(circle,#fff 1.2px,transparent 1.6px) 0 0/5px 5px,${color}`;
    case 3:
      return `background:repeating-linear-gradient(45deg,transparent 0 3px,#fff 3px 4px),repeating-linear-gradient(-45deg,${color} 0 3px,#fff 3px 4px)`;
    default:
      return `background:${color}`;
  }
}
