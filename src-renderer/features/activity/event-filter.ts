import type { PlannerEvent, PlannerEventType } from '../../../src-shared/api/events';

/** What the Activity stream shows: empty fields mean "any". */
export interface EventFilter {
  types: ReadonlySet<PlannerEventType>;
  /** Module name, matched exactly against `data.module`. */
  module: string;
  runId: string;
}

export const emptyFilter: EventFilter = { types: new Set(), module: '', runId: '' };

/** The module an event is about, when it names one. */
export function moduleOf(event: PlannerEvent): string | null {
  const m = event.data['module'];
  return typeof m === 'string' ? m : null;
}

export function matchesFilter(event: PlannerEvent, filter: EventFilter): boolean {
  if (filter.types.size > 0 && !filter.types.has(event.type)) return false;
  if (filter.module && moduleOf(event) !== filter.module) return false;
  if (filter.runId && event.runId !== filter.runId) return false;
  return true;
}

/**
 * The distinct modules and run ids seen, for the filter's choices (in first-seen order), plus the
 * chosen module and run when their events have left the bounded log (or were cleared): a select
 * without its value's option shows its first one ("All runs") while the list stays filtered.
 */
export function filterChoices(events: readonly PlannerEvent[], chosen: EventFilter = emptyFilter): { modules: string[]; runIds: string[] } {
  const modules = new Set<string>();
  const runIds = new Set<string>();
  for (const e of events) {
    const m = moduleOf(e);
    if (m) modules.add(m);
    runIds.add(e.runId);
  }
  if (chosen.module) modules.add(chosen.module);
  if (chosen.runId) runIds.add(chosen.runId);
  return { modules: [...modules], runIds: [...runIds] };
}

/**
 * Appends to a bounded log, dropping the oldest: a long session produces thousands of events and
 * the stream must stay cheap to render.
 */
export function appendBounded<T>(log: readonly T[], item: T, limit: number): T[] {
  const next = log.length >= limit ? log.slice(log.length - limit + 1) : log.slice();
  next.push(item);
  return next;
}

/** One line of text for an event's payload, e.g. `module=direct_buy sequences=12` (fractions to 4 digits). */
export function describeData(data: Record<string, unknown>): string {
  return Object.entries(data)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : typeof v === 'number' && !Number.isInteger(v) ? String(Number(v.toPrecision(4))) : JSON.stringify(v)}`)
    .join(' ');
}
