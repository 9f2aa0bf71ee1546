import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTTP_STATUS_OF, type Result } from '../../src-shared/api/errors';
import { dispatch } from '../api/dispatch';
import type { Studio } from '../api/studio';
import { checkHostAndOrigin, newToken, tokenOf, tokensEqual } from './guard';
import { openEventStream } from './sse';
import { serveStatic } from './static-files';

/**
 * Large enough for the biggest call, an A/B compare of two 5 MB strategy texts encoded as JSON
 * (escapes and non-ASCII characters grow them), small enough to refuse abuse.
 */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface WebHostOptions {
  studio: Studio;
  /** 0 picks a free port. */
  port: number;
  rendererDir: string;
  token?: string;
  log?: (line: string) => void;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? newToken();
  const log = options.log ?? (() => {});
  let port = options.port;
  const closeStreams = new Set<() => void>();

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`web host: unexpected error: ${error instanceof Error ? error.stack : String(error)}`);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'internal', message: 'Unexpected server error.' } });
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refusal = checkHostAndOrigin(req, port);
    if (refusal) return sendJson(res, 403, forbidden(`Refused: ${refusal}.`));
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, forbidden('Only GET here.'));
      return serveStatic(options.rendererDir, url.pathname, res);
    }
    if (!tokensEqual(tokenOf(req, url), token)) return sendJson(res, 403, forbidden('Refused: missing or wrong token.'));
    if (url.pathname === '/api/events' && req.method === 'GET') {
      const close = openEventStream(req, res, options.studio.events);
      closeStreams.add(close);
      res.on('close', () => closeStreams.delete(close));
      return;
    }
    if (req.method !== 'POST') return sendJson(res, 405, forbidden('API calls are POST requests.'));
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(res, 415, { ok: false, error: { code: 'bad_request', message: 'Content-Type must be application/json.' } });
    }
    const body = await readBody(req);
    if (body === null) {
      return sendJson(res, 413, { ok: false, error: { code: 'bad_request', message: `Request body over ${MAX_BODY_BYTES} bytes.` } });
    }
    let request: unknown;
    try {
      request = body.length === 0 ? {} : JSON.parse(body);
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'unparseable';
      return sendJson(res, 400, { ok: false, error: { code: 'bad_request', message: `Malformed JSON body: ${reason}` } });
    }
    const method = decodeOr(url.pathname.slice('/api/'.length));
    const result = await dispatch(options.studio.handlers, method, request, (m, error) =>
      log(`web host: ${m} failed: ${error instanceof Error ? error.stack : String(error)}`),
    );
    sendJson(res, result.ok ? 200 : HTTP_STATUS_OF[result.error.code], result);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const close of closeStreams) close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A malformed escape (`%E0`) is a name no method has, not a server error. */
function decodeOr(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function forbidden(message: string): Result<never> {
  return { ok: false, error: { code: 'forbidden', message } };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
