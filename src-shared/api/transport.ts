import type { Result } from './errors';
import type { StudioEvent } from './events';

/**
 * What a transport does, whichever it is (Electron IPC, HTTP + SSE): send one call and get its
 * result as data, and deliver pushed events. `subscribe` returns the unsubscribe function.
 */
export interface Transport {
  call(method: string, request: unknown): Promise<Result<unknown>>;
  subscribe(listener: (event: StudioEvent) => void): () => void;
}
