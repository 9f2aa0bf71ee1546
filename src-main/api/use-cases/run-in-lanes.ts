/**
 * Runs `task(0..count-1)` with at most `lanes` in flight, taking indexes in order, until all ran
 * or `stop()` says so (checked before each task starts; tasks already running finish).
 */
export async function runInLanes(count: number, lanes: number, task: (index: number) => Promise<void>, stop: () => boolean): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < count && !stop()) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(lanes, count)) }, lane));
}
