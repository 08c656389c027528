/*
 * html-validate over the built pages (npm run validate:html, part of npm test).
 * The standard preset checks validity, not style (Astro writes <input/>).
 */
export default {
  extends: ['html-validate:standard'],
  elements: [
    'html5',
    {
      // Astro puts each island's <style>astro-island,astro-slot{display:contents}</style> before the
      // island, inside the article; the HTML standard allows <style> in <head> only. Astro's to change.
      style: { flow: true },
    },
  ],
};
