import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventBus } from '../api/event-bus';

const HEARTBEAT_MS = 15_000;
/** Unsent bytes a client may fall behind by before it is dropped. */
export const MAX_UNSENT_BYTES = 2 * 1024 * 1024;

/**
 * A server-sent-events stream of every pushed event (`data: <json>\n\n`), with a comment
 * heartbeat so proxies and the browser keep the connection. Returns the function that ends it.
 * A client that stops reading (a frozen tab) would make every push pile up in this process, so
 * past `MAX_UNSENT_BYTES` its connection is dropped; EventSource reconnects when it can and the
 * page then refetches what it missed.
 */
export function openEventStream(req: IncomingMessage, res: ServerResponse, events: EventBus): () => void {
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    'x-content-type-options': 'nosniff',
  });
  res.write(': connected\n\n');
  let ended = false;
  let unsubscribe = (): void => {};
  let heartbeat: NodeJS.Timeout | undefined;
  const end = (): void => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    res.end();
  };
  const send = (text: string): void => {
    if (ended) return;
    if (res.writableLength > MAX_UNSENT_BYTES) {
      end();
      res.destroy();
      return;
    }
    res.write(text);
  };
  unsubscribe = events.subscribe((event) => send(`data: ${JSON.stringify(event)}\n\n`));
  heartbeat = setInterval(() => send(': heartbeat\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  req.on('close', end);
  return end;
}
