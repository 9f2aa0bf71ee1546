import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventBus } from '../api/event-bus';

const HEARTBEAT_MS = 15_000;

/**
 * A server-sent-events stream of every pushed event (`data: <json>\n\n`), with a comment
 * heartbeat so proxies and the browser keep the connection. Returns the function that ends it.
 */
export function openEventStream(req: IncomingMessage, res: ServerResponse, events: EventBus): () => void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-content-type-options': 'nosniff',
  });
  res.write(': connected\n\n');
  const unsubscribe = events.subscribe((event) => {
    res.write(`data: ${JSON.stringify(event)}\n\n`);
  });
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  let ended = false;
  const end = (): void => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    res.end();
  };
  req.on('close', end);
  return end;
}
