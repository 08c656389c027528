// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

/*
 * In the browser the manager toolkit's strings come with the page, as JSON (ManagerUiStrings.astro), and
 * src/browser/manager-ui-page.ts reads them into the dictionary `mt` looks up, which stays pure (src/lib/manager/
 * looks its words up through it). Each test loads the modules afresh, as the browser build has them.
 */

async function inBrowser(pageCopy: string | undefined) {
  vi.stubEnv('SSR', false);
  vi.resetModules();
  document.body.innerHTML =
    pageCopy === undefined ? '' : `<script type="application/json" id="manager-ui-strings">${pageCopy}</script>`;
  return import('../../src/i18n/manager-ui');
}

afterEach(() => {
  vi.unstubAllEnvs();
  document.body.innerHTML = '';
});

describe('the manager toolkit’s strings in the browser', () => {
  it('are the page’s copy, read when the page’s module loads, not when the dictionary loads', async () => {
    const { mt } = await inBrowser(JSON.stringify({ 'manager.noTeamName': '(no team yet)' }));
    // The dictionary's module alone does not read the page (it is pure: tests/unit/layers.test.ts).
    expect(mt('manager.noTeamName')).toBe('manager.noTeamName');
    await import('../../src/browser/manager-ui-page');
    expect(mt('manager.noTeamName')).toBe('(no team yet)');
    // Only the page's copy: a string it does not carry shows its key.
    expect(mt('manager.colCsm')).toBe('manager.colCsm');
  });

  it('show their keys when the page has no copy, or one that does not read', async () => {
    for (const pageCopy of [undefined, '{"manager.noTeamName": ']) {
      const { mt } = await inBrowser(pageCopy);
      await import('../../src/browser/manager-ui-page');
      expect(mt('manager.noTeamName')).toBe('manager.noTeamName');
    }
  });
});
