import { QueryClient, QueryClientProvider, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useRef, type ReactNode } from 'react';
import type { StudioClient } from '../../src-shared/api/client';
import type { MethodName, RequestOf, ResponseOf } from '../../src-shared/api/contract';
import type { StudioEvent } from '../../src-shared/api/events';
import { createInvalidationBatcher, invalidationsFor } from './invalidation';

const ClientContext = createContext<StudioClient | null>(null);

/** Gives every component the typed client and a query cache keyed by method + request. */
export function StudioProvider({ client, children }: { client: StudioClient; children: ReactNode }) {
  const queryClient = useQueryClient();
  useEffect(() => {
    const batcher = createInvalidationBatcher((prefixes) => {
      for (const prefix of prefixes) void queryClient.invalidateQueries({ queryKey: [...prefix] });
    });
    const unsubscribe = client.subscribe((event: StudioEvent) => batcher.add(invalidationsFor(event)));
    return () => {
      unsubscribe();
      batcher.dispose();
    };
  }, [client, queryClient]);
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
}

export { QueryClientProvider };

export function useStudio(): StudioClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useStudio outside <StudioProvider>');
  return client;
}

/** A cached call; the key's first element is the method's group, so pushes can invalidate by group. */
export function useStudioQuery<M extends MethodName>(method: M, request: RequestOf<M>, options: { enabled?: boolean } = {}) {
  const client = useStudio();
  return useQuery<ResponseOf<M>, Error>({
    queryKey: [method.split('.')[0], method, request],
    queryFn: () => client.call(method, request),
    enabled: options.enabled ?? true,
  });
}

/**
 * A call that changes state; on success the listed groups are refetched. `mutate` ignores calls
 * while its previous one runs: `isPending` disables a button only after a re-render, so without
 * this a double click on Confirm stored two versions.
 */
export function useStudioMutation<M extends MethodName>(method: M, invalidates: readonly string[] = []) {
  const client = useStudio();
  const queryClient = useQueryClient();
  const inFlight = useRef(false);
  const mutation = useMutation<ResponseOf<M>, Error, RequestOf<M>>({
    mutationFn: (request) => client.call(method, request),
    onSuccess: () => {
      for (const group of invalidates) void queryClient.invalidateQueries({ queryKey: [group] });
    },
    onSettled: () => {
      inFlight.current = false;
    },
  });
  const { mutate: run } = mutation;
  const mutate = useCallback(
    (...args: Parameters<typeof run>) => {
      if (inFlight.current) return;
      inFlight.current = true;
      run(...args);
    },
    [run],
  );
  return { ...mutation, mutate };
}
