#!/usr/bin/env node
/*
 * Serves the built site (dist/) the way a static host does: directory
 * indexes, the real 404 page with status 404, and the site under its base
 * path. Used by `npm run preview` and the browser tests.
 *
 *   node scripts/serve.mjs [--dir dist] [--port 4321] [--base /handbook/]
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
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

function send(res, status, file) {
  res.writeHead(status, {
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
      send(res, 200, file);
      return;
    }
  }
  const notFound = await findFile('/404.html');
  if (notFound) send(res, 404, notFound);
  else res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
});

server.listen(Number(values.port), values.host, () => {
  console.log(`Serving ${root} at http://${values.host}:${values.port}${base}`);
});
