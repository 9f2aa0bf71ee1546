/**
 * A tiny typed RPC over `postMessage` between the editor and its language worker: the caller
 * gets one async function per method of the served object; errors come back as messages.
 * Plain data only (structured clone), no Monaco types, so both ends stay simple to test.
 */
export interface MessageEndpoint {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

type Methods = Record<string, (...args: never[]) => unknown>;

export type RpcClient<T extends Methods> = {
  [K in keyof T]: (...args: Parameters<T[K]>) => Promise<Awaited<ReturnType<T[K]>>>;
};

interface Request {
  id: number;
  method: string;
  args: unknown[];
}

type Response = { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };

/** Answers requests on `endpoint` with `impl`'s methods; returns a function that stops serving. */
export function serveRpc<T extends Methods>(endpoint: MessageEndpoint, impl: T): () => void {
  const onMessage = (event: MessageEvent) => {
    const { id, method, args } = event.data as Request;
    let response: Response;
    try {
      const fn = Object.prototype.hasOwnProperty.call(impl, method) ? impl[method] : undefined;
      if (typeof fn !== 'function') throw new Error(`unknown method "${method}"`);
      response = { id, ok: true, value: (fn as (...a: unknown[]) => unknown)(...args) };
    } catch (error) {
      response = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    endpoint.postMessage(response);
  };
  endpoint.addEventListener('message', onMessage);
  return () => endpoint.removeEventListener('message', onMessage);
}

/**
 * The calling side: `api` has one method per name that posts a request and resolves with the
 * answer; `failPending` rejects every unanswered call (the worker died and will not answer).
 */
export function rpcClient<T extends Methods>(
  endpoint: MessageEndpoint,
  methods: readonly (keyof T & string)[],
): { api: RpcClient<T>; failPending(reason: string): void } {
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  endpoint.addEventListener('message', (event: MessageEvent) => {
    const response = event.data as Response;
    const waiter = pending.get(response.id);
    if (!waiter) return;
    pending.delete(response.id);
    if (response.ok) waiter.resolve(response.value);
    else waiter.reject(new Error(`language worker: ${response.error}`));
  });
  const api = {} as Record<string, (...args: unknown[]) => Promise<unknown>>;
  for (const method of methods) {
    api[method] = (...args: unknown[]) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        endpoint.postMessage({ id, method, args } satisfies Request);
      });
  }
  return {
    api: api as RpcClient<T>,
    failPending(reason: string) {
      for (const waiter of pending.values()) waiter.reject(new Error(`language worker: ${reason}`));
      pending.clear();
    },
  };
}
