import { MANAGER_UI_ELEMENT_ID, managerUiInPage } from '../i18n/manager-ui';

/*
 * The manager toolkit's strings, read from the page's JSON copy (ManagerUiStrings.astro) into the dictionary `mt`
 * looks up (src/i18n/manager-ui.ts), once, as this module loads. It runs before any toolkit island renders: the
 * module every one of them shares, on the manager page and on My progress, imports it (src/islands/manager/shared.tsx).
 * A copy missing or unreadable leaves the dictionary empty: lookups then show their keys.
 */
if (!import.meta.env.SSR) {
  try {
    // A copy missing parses `undefined`, which throws as an unreadable one does.
    Object.assign(managerUiInPage, JSON.parse(document.getElementById(MANAGER_UI_ELEMENT_ID)?.textContent as string));
  } catch {
    // Left empty, as said above.
  }
}
