import type { StudioBridge } from '../../src-shared/api/bridge';
import type { Transport } from '../../src-shared/api/transport';

/** The desktop transport: everything goes through the preload's `window.studio`. */
export function createIpcTransport(bridge: StudioBridge): Transport {
  return {
    call: (method, request) => bridge.call(method, request),
    subscribe: (listener) => bridge.subscribe(listener),
  };
}
