import { describe, expect, it } from 'vitest';
import { runInLanes } from './run-in-lanes';

/** A task per index that waits until the test releases it, recording starts and the most in flight. */
function gatedTasks() {
  const started: number[] = [];
  const release = new Map<number, () => void>();
  let inFlight = 0;
  let most = 0;
  const task = async (index: number) => {
    started.push(index);
    inFlight++;
    most = Math.max(most, inFlight);
    await new Promise<void>((resolve) => release.set(index, resolve));
    inFlight--;
  };
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return { started, release, task, settle, most: () => most };
}

describe('runInLanes', () => {
  it('keeps at most `lanes` tasks in flight and starts them in index order', async () => {
    const t = gatedTasks();
    const all = runInLanes(5, 2, t.task, () => false);
    await t.settle();
    expect(t.started).toEqual([0, 1]);
    t.release.get(1)!();
    await t.settle();
    expect(t.started).toEqual([0, 1, 2]);
    for (const i of [0, 2, 3, 4]) {
      await t.settle();
      t.release.get(i)!();
    }
    await all;
    expect(t.started).toEqual([0, 1, 2, 3, 4]);
    expect(t.most()).toBe(2);
  });

  it('starts nothing more once told to stop, and lets running tasks finish', async () => {
    const t = gatedTasks();
    let stop = false;
    const all = runInLanes(6, 3, t.task, () => stop);
    await t.settle();
    stop = true;
    for (const i of [0, 1, 2]) t.release.get(i)!();
    await all;
    expect(t.started).toEqual([0, 1, 2]);
  });

  it('runs one lane when given none, and nothing for no tasks', async () => {
    const seen: number[] = [];
    await runInLanes(2, 0, async (i) => void seen.push(i), () => false);
    await runInLanes(0, 4, async (i) => void seen.push(i), () => false);
    expect(seen).toEqual([0, 1]);
  });
});
