import type { StudioEvent } from '../../src-shared/api/events';

/** Fan-out of pushed events to every connected UI; a failing listener never stops the others. */
export class EventBus {
  private readonly listeners = new Set<(event: StudioEvent) => void>();

  subscribe(listener: (event: StudioEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(event: StudioEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A broken subscriber (e.g. a closed SSE socket) must not break delivery to the rest.
      }
    }
  }
}
