import path from 'node:path';
import compression from 'compression';
import express, { type RequestHandler } from 'express';

/**
 * Smaller responses and fewer requests for the pages' files:
 *
 * - `compressResponses`: gzip, deflate or brotli (quality 4), whichever the client accepts, for
 *   every compressible response of 1 kB or more: GraphQL answers (introspection is about 100 kB,
 *   a list with provenance tens of kB) and the pages' scripts (the playground with its editor is
 *   several MB). A client that sends no Accept-Encoding gets the body as it is.
 * - `staticPages`: the built pages (web/dist). Vite names every script, style and font it emits
 *   after its content (`assets/explore-naWfsAnG.js`): such a file never changes under its name, so
 *   browsers may keep it for a year without asking again (`immutable`). The HTML pages, which
 *   name the current assets, are revalidated on every load (`no-cache`, with express's ETag).
 */

/** Below this many bytes compressing costs more than it saves. */
export const COMPRESS_FROM_BYTES = 1024;

export function compressResponses(): RequestHandler {
  const compress = compression({ threshold: COMPRESS_FROM_BYTES });
  // A client that accepts no encoding (curl, most API clients) has nothing to negotiate: no wrapping.
  return (req, res, next) => (req.headers['accept-encoding'] ? compress(req, res, next) : next());
}

/** A file Vite named after its content: `assets/<name>-<8 characters of hash>.<ext>`. */
export function isHashedAsset(file: string): boolean {
  return path.basename(path.dirname(file)) === 'assets' && /-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/i.test(path.basename(file));
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';

export function staticPages(dir: string): RequestHandler {
  return express.static(dir, {
    extensions: ['html'],
    index: 'index.html',
    setHeaders: (res, file) => {
      res.setHeader('Cache-Control', isHashedAsset(file) ? IMMUTABLE : 'no-cache');
    },
  });
}
