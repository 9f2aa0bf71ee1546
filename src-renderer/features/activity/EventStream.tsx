import { useMemo, useState } from 'react';
import { plannerEventTypes, type PlannerEventType } from '../../../src-shared/api/events';
import { describeData, emptyFilter, filterChoices, matchesFilter, moduleOf, type EventFilter } from './event-filter';
import { useEventLog } from './event-log';

const SHOWN = 300;

/** Live planner events, newest first, filterable by type, module and run. */
export function EventStream() {
  const { events, clear } = useEventLog();
  const [filter, setFilter] = useState<EventFilter>(emptyFilter);
  const choices = useMemo(() => filterChoices(events, filter), [events, filter]);
  const shown = useMemo(() => events.filter((e) => matchesFilter(e, filter)).slice(-SHOWN).reverse(), [events, filter]);
  const toggleType = (type: PlannerEventType) =>
    setFilter((f) => {
      const types = new Set(f.types);
      if (!types.delete(type)) types.add(type);
      return { ...f, types };
    });

  return (
    <section className="event-stream" aria-label="Planner events">
      <div className="chips" role="group" aria-label="Filter by event type">
        {plannerEventTypes.map((t) => (
          <button key={t} type="button" className="tag-toggle" aria-pressed={filter.types.has(t)} onClick={() => toggleType(t)}>
            {t.replace(/_/g, ' ')}
          </button>
        ))}
      </div>
      <div className="panel-toolbar">
        <label className="field inline-field">
          Module
          <select value={filter.module} onChange={(e) => setFilter((f) => ({ ...f, module: e.target.value }))}>
            <option value="">All modules</option>
            {choices.modules.map((m) => (
              <option key={m}>{m}</option>
            ))}
          </select>
        </label>
        <label className="field inline-field">
          Run
          <select value={filter.runId} onChange={(e) => setFilter((f) => ({ ...f, runId: e.target.value }))}>
            <option value="">All runs</option>
            {choices.runIds.map((r) => (
              <option key={r} value={r}>
                {r.slice(0, 12)}
              </option>
            ))}
          </select>
        </label>
        <span className="muted">
          {shown.length} of {events.length}
        </span>
        <button type="button" onClick={clear} disabled={events.length === 0}>
          Clear events
        </button>
      </div>
      {events.length === 0 ? (
        <p className="muted">No planner events yet. Run a plan, an A/B compare or a sweep to see them here.</p>
      ) : (
        <ol className="event-list" aria-label="Event stream">
          {shown.map((e, i) => {
            const module = moduleOf(e);
            return (
              <li key={`${e.runId}-${e.timestamp}-${i}`} className={`event event-${e.type}`}>
                <span className="event-time mono">{e.timestamp.slice(11, 23)}</span>
                <span className="event-type">{e.type}</span>
                {module && <span className="chip">{module}</span>}
                <span className="event-data mono">{describeData(Object.fromEntries(Object.entries(e.data).filter(([k]) => k !== 'module')))}</span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

