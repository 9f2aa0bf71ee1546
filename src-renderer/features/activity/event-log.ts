import { useEffect, useSyncExternalStore } from 'react';
import type { StudioClient } from '../../../src-shared/api/client';
import type { PlannerEvent } from '../../../src-shared/api/events';
import { useStudio } from '../../state/studio-provider';
import { appendBounded } from './event-filter';

const LIMIT = 2000;

/**
 * The planner events received since the app started, one log per client. It lives outside any
 * component so the Activity panel shows what happened before it was first opened.
 */
export class EventLog {
  private events: PlannerEvent[] = [];
  private readonly listeners = new Set<() => void>();
  private unsubscribe: (() => void) | null = null;

  start(client: StudioClient): void {
    if (this.unsubscribe) return;
    this.unsubscribe = client.subscribe((e) => {
      if (e.channel !== 'planner') return;
      this.events = appendBounded(this.events, e.event, LIMIT);
      this.notifySoon();
    });
  }

  private pending: ReturnType<typeof setTimeout> | null = null;

  /** A run emits dozens of events in a burst (a sweep thousands): re-render at most every 100 ms. */
  private notifySoon(): void {
    if (this.pending !== null) return;
    this.pending = setTimeout(() => {
      this.pending = null;
      for (const l of this.listeners) l();
    }, 100);
  }

  clear = (): void => {
    this.events = [];
    for (const l of this.listeners) l();
  };

  snapshot = (): readonly PlannerEvent[] => this.events;

  listen = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

const logs = new WeakMap<StudioClient, EventLog>();

function logFor(client: StudioClient): EventLog {
  let log = logs.get(client);
  if (!log) {
    log = new EventLog();
    logs.set(client, log);
  }
  return log;
}

/** Starts collecting planner events (idempotent); panels that run the planner call it. */
export function useEventLogCapture(): void {
  const client = useStudio();
  useEffect(() => logFor(client).start(client), [client]);
}

/** The collected planner events (oldest first) and a way to clear them. */
export function useEventLog(): { events: readonly PlannerEvent[]; clear(): void } {
  const client = useStudio();
  const log = logFor(client);
  useEffect(() => log.start(client), [client, log]);
  const events = useSyncExternalStore(log.listen, log.snapshot);
  return { events, clear: log.clear };
}
