/*
 * The theme choice in the header, on every page (part of the shell script,
 * src/scripts/shell.ts): shows the stored choice, and applies and keeps a new
 * one. The first paint's theme is set earlier, by the boot script in <head>.
 */
import { openStorage, storageKeys } from '../browser/storage';
import { parseTheme, type Theme } from '../lib/theme';

const storage = openStorage();

function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  // When storage is blocked the choice still applies to this page view.
  if (theme === 'auto') {
    delete root.dataset.theme;
    storage.remove(storageKeys.theme);
  } else {
    root.dataset.theme = theme;
    storage.write(storageKeys.theme, theme);
  }
}

for (const select of document.querySelectorAll<HTMLSelectElement>('[data-theme-select]')) {
  const stored = storage.read(storageKeys.theme);
  select.value = parseTheme(stored.ok ? stored.value : null);
  select.addEventListener('change', () => applyTheme(parseTheme(select.value)));
}
