import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { IPC_CALL_PREFIX, IPC_EVENT_CHANNEL, type StudioBridge } from '../../src-shared/api/bridge';
import { methodNames } from '../../src-shared/api/contract';
import type { Result } from '../../src-shared/api/errors';
import type { StudioEvent } from '../../src-shared/api/events';

const known = new Set<string>(methodNames);

/**
 * `window.studio`: contract calls and event subscription, nothing else. Only contract method
 * names reach `invoke` (so the page cannot use the preload to talk on other channels), and the
 * IPC event object never reaches the page (it carries `sender`, i.e. ipcRenderer).
 */
export function createStudioBridge(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): StudioBridge {
  return {
    call(method: string, request: unknown): Promise<Result<unknown>> {
      if (typeof method !== 'string' || !known.has(method)) {
        return Promise.resolve({ ok: false, error: { code: 'not_found', message: `Unknown API method "${String(method)}".` } });
      }
      return ipc.invoke(IPC_CALL_PREFIX + method, request) as Promise<Result<unknown>>;
    },
    subscribe(listener: (event: StudioEvent) => void): () => void {
      if (typeof listener !== 'function') throw new TypeError('studio.subscribe needs a listener function.');
      const forward = (_event: IpcRendererEvent, studioEvent: StudioEvent): void => listener(studioEvent);
      ipc.on(IPC_EVENT_CHANNEL, forward);
      return () => void ipc.removeListener(IPC_EVENT_CHANNEL, forward);
    },
  };
}
