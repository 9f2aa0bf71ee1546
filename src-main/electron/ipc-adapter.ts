import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { IPC_CALL_PREFIX, IPC_EVENT_CHANNEL } from '../../src-shared/api/bridge';
import { methodNames } from '../../src-shared/api/contract';
import type { Result } from '../../src-shared/api/errors';
import type { EventBus } from '../api/event-bus';
import { dispatch } from '../api/dispatch';
import type { StudioHandlers } from '../api/handlers';
import { isAppUrl } from './protocol';

type InvokeEvent = Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

/**
 * Calls are answered only for the app's own window, from its main frame, while that frame shows
 * the app (vscode's ipcMain.ts checks the sender the same way). A frame that navigated away or
 * was destroyed has `senderFrame === null`.
 */
export function isAppMainFrame(event: InvokeEvent, appContents: Pick<WebContents, 'id'> | null): boolean {
  const frame = event.senderFrame;
  if (appContents === null || frame === null) return false;
  if (event.sender.id !== appContents.id) return false;
  // `parent === null` marks the top frame; comparing with `sender.mainFrame` by identity is not
  // reliable, as Electron may hand out distinct wrapper objects for the same frame.
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

export interface IpcBinding {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  handlers: StudioHandlers;
  isTrustedSender(event: InvokeEvent): boolean;
  onInternalError?(method: string, error: unknown): void;
}

/**
 * One `ipcMain.handle` per contract method. Results always come back as data (`Result`):
 * `handle` would keep only `error.message` of a thrown error. Returns the unbinding function.
 */
export function bindStudioToIpc({ ipcMain, handlers, isTrustedSender, onInternalError }: IpcBinding): () => void {
  for (const method of methodNames) {
    ipcMain.handle(IPC_CALL_PREFIX + method, async (event, request: unknown): Promise<Result<unknown>> => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'forbidden', message: `${method} refused: the caller is not Planner Studio's own window.` } };
      }
      return dispatch(handlers, method, request, onInternalError);
    });
  }
  return () => {
    for (const method of methodNames) ipcMain.removeHandler(IPC_CALL_PREFIX + method);
  };
}

/** Pushes every studio event to the window until it is destroyed. */
export function forwardEvents(events: EventBus, contents: Pick<WebContents, 'send' | 'isDestroyed' | 'once'>): () => void {
  const unsubscribe = events.subscribe((event) => {
    if (!contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, event);
  });
  contents.once('destroyed', unsubscribe);
  return unsubscribe;
}
