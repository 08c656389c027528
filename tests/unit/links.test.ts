import { describe, expect, it } from 'vitest';
import { normalizePath, printHref, resolveContentLink, TEAM_PAGE_URL } from '../../src/lib/links';

const own = new Set([
  '/handbook/customer-success/csm/csm-onboarding/',
  '/job-families/sales/customer-success-management/',
]);

describe('resolveContentLink', () => {
  it('maps an upstream path we carry to our page', () => {
    expect(resolveContentLink('/handbook/customer-success/csm/csm-onboarding/', own, '/')).toEqual({
      kind: 'internal',
      href: '/handbook/customer-success/csm/csm-onboarding/',
    });
  });

  it('keeps the anchor and adds the base path', () => {
    expect(
      resolveContentLink('/job-families/sales/customer-success-management/#manager-csm', own, '/handbook/'),
    ).toEqual({ kind: 'internal', href: '/handbook/job-families/sales/customer-success-management/#manager-csm' });
  });

  it('matches a path written without its trailing slash', () => {
    expect(resolveContentLink('/handbook/customer-success/csm/csm-onboarding', own, '/').kind).toBe('internal');
  });

  it('sends upstream paths we do not carry to the public handbook', () => {
    expect(resolveContentLink('/handbook/values/#single-source-of-truth', own, '/')).toEqual({
      kind: 'external',
      href: 'https://handbook.gitlab.com/handbook/values/#single-source-of-truth',
    });
  });

  it('sends team pages to the company site', () => {
    expect(resolveContentLink('/company/team/#spatching', own, '/')).toEqual({
      kind: 'external',
      href: 'https://about.gitlab.com/company/team/#spatching',
    });
  });

  it('sends every way of writing the team page to its one address, anchor kept', () => {
    for (const written of ['/company/team/#chloe', '/handbook/company/team/#chloe', '/handbook/company/team#chloe']) {
      expect(resolveContentLink(written, own, '/')).toEqual({
        kind: 'external',
        href: `${TEAM_PAGE_URL}#chloe`,
      });
    }
    expect(resolveContentLink('/handbook/company/team/', own, '/')).toEqual({ kind: 'external', href: TEAM_PAGE_URL });
    expect(TEAM_PAGE_URL).toBe('https://about.gitlab.com/company/team/');
  });

  it('encodes spaces in upstream paths', () => {
    expect(resolveContentLink('/handbook/a b/', own, '/')).toEqual({
      kind: 'external',
      href: 'https://handbook.gitlab.com/handbook/a%20b/',
    });
  });

  it('leaves same-page anchors, mail and web links as written', () => {
    expect(resolveContentLink('#purpose', own, '/handbook/')).toEqual({ kind: 'anchor', href: '#purpose' });
    expect(resolveContentLink('mailto:team@example.com', own, '/')).toEqual({
      kind: 'mail',
      href: 'mailto:team@example.com',
    });
    expect(resolveContentLink('https://levelup.gitlab.com/x', own, '/')).toEqual({
      kind: 'external',
      href: 'https://levelup.gitlab.com/x',
    });
  });

  it('refuses scripts, protocol-relative and relative links', () => {
    expect(resolveContentLink('javascript:alert(1)', own, '/')).toEqual({ kind: 'unsafe' });
    expect(resolveContentLink('//evil.example/', own, '/')).toEqual({ kind: 'unsafe' });
    expect(resolveContentLink('page.html', own, '/')).toEqual({ kind: 'unsafe' });
  });
});

describe('normalizePath', () => {
  it('adds one trailing slash and collapses doubles', () => {
    expect(normalizePath('/handbook//csm')).toBe('/handbook/csm/');
    expect(normalizePath('/handbook/csm/')).toBe('/handbook/csm/');
  });
});

describe('printHref', () => {
  it('gives a link of the site in full when the site’s address is known, and as written when it is not', () => {
    expect(printHref('/hb/handbook/customer-success/csm/csm-manager/#promotion-planning', 'https://csm.example')).toBe(
      'https://csm.example/hb/handbook/customer-success/csm/csm-manager/#promotion-planning',
    );
    expect(printHref('/hb/job-families/', new URL('https://csm.example/'))).toBe(
      'https://csm.example/hb/job-families/',
    );
    expect(printHref('/hb/job-families/', undefined)).toBe('/hb/job-families/');
  });

  // The footer's credit and licence, and a page's source: their addresses are written in full, and print on paper
  // whether or not the build knows the site's own.
  it('gives an address written in full as it is, with or without the site’s address', () => {
    const licence = 'https://creativecommons.org/licenses/by-sa/4.0/';
    expect(printHref(licence, undefined)).toBe(licence);
    expect(printHref(licence, 'https://csm.example')).toBe(licence);
  });
});
