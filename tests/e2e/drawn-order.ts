import type { Locator } from '@playwright/test';

/*
 * Where the browser draws a piece of text, to check the order a reader sees rather than the DOM's: right-to-left
 * letters beside a figure are reordered by the browser's bidi rules ("שלום, 0 points" is drawn "0 ,םולש points"),
 * which the DOM's text never shows.
 */

/**
 * The left edge, in pixels, of the character at `at` in the first occurrence of `needle` in one text node inside
 * `locator` (a single character: a range over a reordered run would span both sides of it).
 */
export async function drawnX(locator: Locator, needle: string, at = 0): Promise<number> {
  return locator.evaluate(
    (root, [text, index]) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const start = node.textContent?.indexOf(text) ?? -1;
        if (start < 0) continue;
        const range = document.createRange();
        range.setStart(node, start + index);
        range.setEnd(node, start + index + 1);
        const rect = range.getClientRects()[0];
        if (rect) return rect.left;
      }
      throw new Error(`“${text}” is not drawn in this element`);
    },
    [needle, at] as const,
  );
}

/**
 * The direction the browser lays a field or an element out in (`getComputedStyle(...).direction`): a reader's
 * right-to-left words in a field with `dir="auto"` are `rtl` (caret, punctuation and alignment from the text), in
 * the page's left-to-right direction otherwise.
 */
export const drawnDirection = (locator: Locator): Promise<string> =>
  locator.evaluate((element) => getComputedStyle(element).direction);
