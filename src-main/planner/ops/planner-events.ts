import type { PlannerEvent, PlannerEventType } from '../../../src-shared/api/events';

export type PlannerEventListener = (event: PlannerEvent) => void;

/** What a pipeline stage calls: the run and bucket are already bound (see `forRun`). */
export type EmitPlannerEvent = (type: PlannerEventType, data?: Record<string, unknown>) => void;

/**
 * The typed planner event emitter. Stages emit through a function bound to one run
 * (`forRun(runId, bucket)`), so every event carries timestamp, bucket, run id and data.
 * Delivery is synchronous and in emit order; a listener that throws is dropped from that one
 * delivery only, so a broken subscriber (a closed stream, a test assertion) never stops a run.
 */
export class PlannerEventEmitter {
  private readonly listeners = new Set<PlannerEventListener>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  subscribe(listener: PlannerEventListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Deliver an already-built event (e.g. one forwarded from a worker thread). */
  deliver(event: PlannerEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // see the class comment: one bad listener must not break the run or the others
      }
    }
  }

  emit(type: PlannerEventType, runId: string, bucket: string | null, data: Record<string, unknown> = {}): PlannerEvent {
    const event: PlannerEvent = { type, timestamp: this.now().toISOString(), bucket, runId, data };
    this.deliver(event);
    return event;
  }

  forRun(runId: string, bucket: string | null): EmitPlannerEvent {
    return (type, data) => {
      this.emit(type, runId, bucket, data);
    };
  }
}
