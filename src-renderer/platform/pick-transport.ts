import type { StudioBridge } from '../../src-shared/api/bridge';
import type { Transport } from '../../src-shared/api/transport';
import { createHttpTransport, takeLaunchToken } from './http-transport';
import { createIpcTransport } from './ipc-transport';

declare global {
  interface Window {
    studio?: StudioBridge;
  }
}

/** `window.studio` when the desktop preload provided it, the web host's HTTP bridge otherwise. */
export function pickTransport(): Transport {
  if (window.studio) return createIpcTransport(window.studio);
  const token = takeLaunchToken();
  if (!token) throw new Error('No access token: open the URL the web host printed (it ends in ?token=…).');
  return createHttpTransport(token);
}
