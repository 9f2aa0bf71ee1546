import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StudioEvent } from '../../src-shared/api/events';
import { createHttpTransport } from './http-transport';

/** Stands in for the browser's EventSource: the test opens, drops and feeds the stream. */
class FakeEventSource {
  static last: FakeEventSource | null = null;
  onmessage: ((message: MessageEvent<string>) => void) | null = null;
  onerror: (() => void) | null = null;
  onopen: (() => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  close(): void {
    this.closed = true;
  }
  push(event: StudioEvent): void {
    this.onmessage?.({ data: JSON.stringify(event) } as MessageEvent<string>);
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('the web host transport', () => {
  it('passes pushes on, and reports a reconnect after a drop so the UI can refetch what it missed', () => {
    vi.stubGlobal('EventSource', FakeEventSource);
    const transport = createHttpTransport('t0k', 'http://127.0.0.1:9');
    const seen: StudioEvent[] = [];
    const unsubscribe = transport.subscribe((event) => seen.push(event));
    const source = FakeEventSource.last!;
    expect(source.url).toBe('http://127.0.0.1:9/api/events?token=t0k');

    source.onopen!(); // the first connection is not a reconnect
    source.push({ channel: 'store', event: { entity: 'configs' } });
    source.onerror!(); // dropped; EventSource retries by itself
    source.onerror!();
    source.onopen!();
    source.onopen!(); // a second open without a drop in between reports nothing more
    expect(seen).toEqual([
      { channel: 'store', event: { entity: 'configs' } },
      { channel: 'connection', event: { state: 'resumed' } },
    ]);

    unsubscribe();
    expect(source.closed).toBe(true);
  });
});
