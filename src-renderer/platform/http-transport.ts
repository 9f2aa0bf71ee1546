import type { Result } from '../../src-shared/api/errors';
import type { StudioEvent } from '../../src-shared/api/events';
import type { Transport } from '../../src-shared/api/transport';

/**
 * The web host's transport: `POST /api/<method>` with the per-launch token, and one shared
 * EventSource for pushes. EventSource reconnects by itself after a drop; pushes sent meanwhile
 * are lost, so a reconnect is passed on as a `connection` event and the UI refetches.
 */
export function createHttpTransport(token: string, base = ''): Transport {
  const listeners = new Set<(event: StudioEvent) => void>();
  let source: EventSource | null = null;

  function emit(event: StudioEvent): void {
    for (const listener of listeners) listener(event);
  }

  function ensureStream(): void {
    if (source) return;
    let dropped = false;
    source = new EventSource(`${base}/api/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (message: MessageEvent<string>) => emit(JSON.parse(message.data) as StudioEvent);
    source.onerror = () => {
      dropped = true;
    };
    source.onopen = () => {
      if (dropped) emit({ channel: 'connection', event: { state: 'resumed' } });
      dropped = false;
    };
  }

  return {
    async call(method, request) {
      let response: Response;
      try {
        response = await fetch(`${base}/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(request ?? {}),
        });
      } catch (error) {
        return { ok: false, error: { code: 'unavailable', message: `The web host cannot be reached: ${(error as Error).message}` } };
      }
      try {
        return (await response.json()) as Result<unknown>;
      } catch {
        return { ok: false, error: { code: 'internal', message: `The web host answered ${response.status} without a JSON body.` } };
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      ensureStream();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
  };
}

/** Takes the token from `?token=` once, keeps it for this tab, and removes it from the address bar. */
export function takeLaunchToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem('planner-studio-token', fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.toString());
    return fromUrl;
  }
  return sessionStorage.getItem('planner-studio-token');
}
