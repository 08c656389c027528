#!/usr/bin/env node
/*
 * Serves the built site (dist/) the way a static host does: directory
 * indexes, the real 404 page with status 404, the site under its base path,
 * and the response headers of its `_headers` file (public/_headers, the
 * Netlify and Cloudflare Pages format). Used by `npm run preview` and the
 * browser tests, which so run with the security headers.
 *
 *   node scripts/serve.mjs [--dir dist] [--port 4321] [--base /handbook/]
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
  },
});

const root = resolve(values.dir);
const base = `/${values.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** The file inside root for a URL path, or undefined if it escapes root. */
function fileFor(urlPath) {
  const file = normalize(join(root, urlPath));
  return file === root || file.startsWith(root + sep) ? file : undefined;
}

async function findFile(urlPath) {
  // Hosts read _headers, they do not serve it.
  if (urlPath === '/_headers') return undefined;
  const file = fileFor(urlPath);
  if (!file) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) {
    const index = join(file, 'index.html');
    if ((await stat(index).catch(() => undefined))?.isFile()) return index;
  }
  return undefined;
}

/*
 * The headers `_headers` gives a path (relative to the base path): blocks of a
 * path pattern line, then indented `Name: value` lines. A pattern ending in *
 * matches by prefix, any other exactly. Read on each request, so a rebuild
 * shows at once.
 */
async function headersFor(path) {
  const text = await readFile(join(root, '_headers'), 'utf8').catch(() => '');
  const headers = {};
  let matches = false;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line.trim();
      matches = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
    } else if (matches && line.includes(':')) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}

async function send(res, status, file, path) {
  res.writeHead(status, {
    ...(await headersFor(path)),
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  createReadStream(file).pipe(res);
}

const server = createServer(async (req, res) => {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400).end('Bad request');
    return;
  }
  if (pathname === base.slice(0, -1)) {
    res.writeHead(301, { location: base }).end();
    return;
  }
  if (pathname.startsWith(base)) {
    const relative = pathname.slice(base.length - 1);
    const file = await findFile(relative);
    if (file) {
      // A directory URL without its trailing slash redirects, as static hosts do.
      if (file.endsWith('index.html') && !relative.endsWith('/') && !relative.endsWith('.html')) {
        res.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      await send(res, 200, file, relative);
      return;
    }
  }
  const notFound = await findFile('/404.html');
  if (notFound) await send(res, 404, notFound, pathname.startsWith(base) ? pathname.slice(base.length - 1) : pathname);
  else res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${root} at http://${values.host}:${values.port}${base}`);
});
