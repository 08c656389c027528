/** Theme choices the reader can make; `auto` follows the system. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** localStorage key of the theme choice (a display preference, not planner data); see storageKeys.theme. */
export const THEME_STORAGE_KEY = 'csm-handbook:theme';

/** Reads a stored theme value; anything unknown means `auto`. Never throws. */
export function parseTheme(value: unknown): Theme {
  return THEMES.includes(value as Theme) ? (value as Theme) : 'auto';
}

/*
 * Runs inline in <head>, before the first paint, so a reader who chose a theme
 * never sees a flash of the other one. It must stay inline and tiny, and its
 * SHA-256 is added to the CSP in astro.config.mjs. It is the one reader of
 * localStorage outside src/browser/storage.ts, because it cannot import modules. It also marks the page as
 * scripted (`js` class) so no-JS readers get the static fallbacks.
 */
export const THEME_BOOT_SCRIPT = `{let d=document.documentElement,t;d.classList.add('js');try{t=localStorage.getItem('${THEME_STORAGE_KEY}')}catch{}if(t=='light'||t=='dark')d.dataset.theme=t}`;
