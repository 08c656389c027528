import { createHash } from 'node:crypto';

/** The CSP source expression allowing an inline script with exactly this text. */
export function cspSha256(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}
