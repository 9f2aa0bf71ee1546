import { useEffect, useState } from 'react';
import type { RunProgress } from '../../../src-shared/api/events';
import { useStudio } from '../../state/studio-provider';

/** Whether a progress push belongs to a run: the run itself or one of its parts (`<id>-a`, `<id>-3`). */
export function belongsTo(event: RunProgress, runId: string): boolean {
  return event.runId === runId || event.runId.startsWith(`${runId}-`);
}

/** The latest progress pushed for `runId` (and its arms or points) while it is not null. */
export function useRunProgress(runId: string | null): RunProgress | null {
  const client = useStudio();
  const [progress, setProgress] = useState<RunProgress | null>(null);
  useEffect(() => {
    setProgress(null);
    if (runId === null) return;
    return client.subscribe((e) => {
      if (e.channel === 'progress' && belongsTo(e.event, runId)) setProgress(e.event);
    });
  }, [client, runId]);
  return progress;
}

/** A random id for a run the UI starts, so it can cancel it before the answer arrives. */
export function newRunId(kind: string): string {
  return `${kind}-${crypto.randomUUID()}`;
}
