/* The small elements the search panel's lists are made of, every one of them text, never HTML. */

import type { ExcerptPart } from '../../lib/search-excerpt';

/** Text with its matched words marked. */
export function partsElement(className: string, parts: readonly ExcerptPart[]): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = className;
  for (const part of parts) {
    if (part.match) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      span.append(mark);
    } else span.append(part.text);
  }
  return span;
}

/** Plain text in a span of its own. */
export function textElement(className: string, text: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text;
  return span;
}

const SVG = 'http://www.w3.org/2000/svg';

/** A small clock beside a recent search, as search boxes mark their history. */
export function clockIcon(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'search-recent__icon');
  const circle = document.createElementNS(SVG, 'circle');
  circle.setAttribute('cx', '12');
  circle.setAttribute('cy', '12');
  circle.setAttribute('r', '9');
  const hands = document.createElementNS(SVG, 'path');
  hands.setAttribute('d', 'M12 7v5l3 2');
  svg.append(circle, hands);
  return svg;
}

/** A group of options under a visible title; the group is named by it for screen readers. */
export function groupElement(title: string): HTMLDivElement {
  const group = document.createElement('div');
  group.className = 'search-group';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', title);
  const heading = textElement('search-group__title', title);
  heading.setAttribute('aria-hidden', 'true');
  group.append(heading);
  return group;
}
