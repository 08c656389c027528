/*
 * html-validate over the built pages (npm run validate:html, part of npm test), with the recommended preset: validity
 * and the rules of accessibility (wcag/*), landmarks, empty headings and native elements, not only the standard set.
 * A rule is set here only for what Astro writes or a documented convention, each with its cause; what is ours is fixed.
 */
export default {
  extends: ['html-validate:recommended'],
  elements: [
    'html5',
    {
      // Astro puts each island's <style>astro-island,astro-slot{display:contents}</style> before the
      // island, inside the article; the HTML standard allows <style> in <head> only. Astro's to change.
      style: { flow: true },
    },
  ],
  rules: {
    // Astro's compiler and Preact's server renderer write void elements as <input/> and <hr/>: valid HTML, not ours to
    // choose (Astro's own <head> writes <meta> without the slash, so no one style holds).
    'void-style': 'off',
    // The page title's id is `_top`, Starlight's convention for it (a heading's slug never starts with `_`, so it
    // cannot clash with one): a valid id in HTML; the strict mode also wants ids that start with a letter.
    'valid-id': ['error', { relaxed: true }],
    // The search results are the WAI-ARIA combobox pattern's listbox, whose options are links (opened in a new tab,
    // copied): a native <select> cannot hold links (docs/search.md).
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
  },
};
