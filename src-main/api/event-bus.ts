import type { StudioEvent } from '../../src-shared/api/events';

/** Fan-out of pushed events to every connected UI; a failing listener never stops the others. */
export class EventBus {
  private readonly listeners = new Set<(event: StudioEvent) => void>();
  private readonly sticky: StudioEvent[] = [];

  subscribe(listener: (event: StudioEvent) => void): () => void {
    this.listeners.add(listener);
    for (const event of this.sticky) this.deliver(listener, event);
    return () => this.listeners.delete(listener);
  }

  /**
   * Publishes now and to every UI that connects later: for facts found before any window or
   * browser tab exists (e.g. "the database was damaged; the backup was opened" at startup).
   */
  announce(event: StudioEvent): void {
    this.sticky.push(event);
    this.publish(event);
  }

  publish(event: StudioEvent): void {
    for (const listener of this.listeners) this.deliver(listener, event);
  }

  private deliver(listener: (event: StudioEvent) => void, event: StudioEvent): void {
    try {
      listener(event);
    } catch {
      // A broken subscriber (e.g. a closed SSE socket) must not break delivery to the rest.
    }
  }
}
