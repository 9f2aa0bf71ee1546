import type { Result } from './errors';
import type { StudioEvent } from './events';

/** The one object the Electron preload exposes as `window.studio`. */
export interface StudioBridge {
  call(method: string, request: unknown): Promise<Result<unknown>>;
  subscribe(listener: (event: StudioEvent) => void): () => void;
}

export const IPC_CALL_PREFIX = 'studio:call:';
export const IPC_EVENT_CHANNEL = 'studio:event';
