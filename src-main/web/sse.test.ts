import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { EventBus } from '../api/event-bus';
import { MAX_UNSENT_BYTES, openEventStream } from './sse';

/** The parts of a response the stream uses; `unsent` plays the bytes a stalled client left queued. */
class FakeResponse {
  written: string[] = [];
  unsent = 0;
  ended = false;
  destroyed = false;
  get writableLength(): number {
    return this.unsent;
  }
  writeHead(): this {
    return this;
  }
  write(text: string): boolean {
    this.written.push(text);
    return true;
  }
  end(): void {
    this.ended = true;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

const notice = (message: string) => ({ channel: 'notice' as const, event: { level: 'info' as const, message } });

describe('openEventStream', () => {
  it('sends pushes while the client keeps up, drops the connection once it falls too far behind', () => {
    const events = new EventBus();
    const req = new EventEmitter();
    const res = new FakeResponse();
    openEventStream(req as IncomingMessage, res as unknown as ServerResponse, events);
    events.publish(notice('one'));
    expect(res.written.at(-1)).toBe(`data: ${JSON.stringify(notice('one'))}\n\n`);

    res.unsent = MAX_UNSENT_BYTES + 1; // a frozen tab stopped reading
    events.publish(notice('two'));
    expect(res.destroyed).toBe(true);
    expect(res.written.some((w) => w.includes('two'))).toBe(false);

    res.unsent = 0;
    events.publish(notice('three')); // no longer subscribed: nothing piles up for it
    expect(res.written.some((w) => w.includes('three'))).toBe(false);
  });

  it('unsubscribes when the client goes away', () => {
    const events = new EventBus();
    const req = new EventEmitter();
    const res = new FakeResponse();
    openEventStream(req as IncomingMessage, res as unknown as ServerResponse, events);
    req.emit('close');
    events.publish(notice('late'));
    expect(res.ended).toBe(true);
    expect(res.written.some((w) => w.includes('late'))).toBe(false);
  });
});
