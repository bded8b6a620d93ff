/**
 * Servers of the hostile e2e test: the hostile pages on 127.0.0.1 (their __CANARY__ placeholder
 * filled with the canary's port) and a canary that records every request it gets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './helpers';

const HOSTILE = join(ROOT, 'tests/fixtures/hostile');

async function listen(server: Server): Promise<number> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return (server.address() as AddressInfo).port;
}

const closer = (server: Server) => () => new Promise<void>((done) => server.close(() => done()));

export interface CanaryHit {
  path: string;
  referer: string;
  origin: string;
  site: string;
  at: number;
}

export interface Canary {
  port: number;
  hits: CanaryHit[];
  close: () => Promise<void>;
}

/** A server that answers everything with an empty 200 and remembers who asked. */
export async function startCanary(): Promise<Canary> {
  const hits: CanaryHit[] = [];
  const header = (req: IncomingMessage, name: string) => String(req.headers[name] ?? '');
  const server = createServer((req, res) => {
    hits.push({ path: req.url ?? '', referer: header(req, 'referer'), origin: header(req, 'origin'), site: header(req, 'sec-fetch-site'), at: Date.now() });
    res.writeHead(200, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' }).end('');
  });
  server.keepAliveTimeout = 1;
  return { port: await listen(server), hits, close: closer(server) };
}

export interface HostileServer {
  url: (file: string) => string;
  close: () => Promise<void>;
}

/** Serves tests/fixtures/hostile/NN-*.html; everything else (the pages' broken images) is a 404. */
export async function serveHostile(canaryPort: number): Promise<HostileServer> {
  const server = createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://x').pathname.slice(1);
    const file = join(HOSTILE, name);
    if (!/^\d\d-[\w-]+\.html$/.test(name) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const html = readFileSync(file, 'utf8').replaceAll('__CANARY__', String(canaryPort));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  server.keepAliveTimeout = 1;
  const port = await listen(server);
  return { url: (file) => `http://127.0.0.1:${port}/${file}`, close: closer(server) };
}
