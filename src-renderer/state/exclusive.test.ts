import { describe, expect, it } from 'vitest';
import { createExclusive } from './exclusive';

describe('createExclusive', () => {
  it('drops a task started while another runs, and runs the next one after it settled', async () => {
    const exclusive = createExclusive();
    const started: string[] = [];
    let finish!: () => void;
    const first = exclusive(async () => {
      started.push('first');
      await new Promise<void>((resolve) => (finish = resolve));
    });
    await exclusive(async () => {
      started.push('second'); // the double click
    });
    finish();
    await first;
    await exclusive(async () => {
      started.push('third');
    });
    expect(started).toEqual(['first', 'third']);
  });

  it('frees itself when a task fails', async () => {
    const exclusive = createExclusive();
    await expect(exclusive(async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    let ran = false;
    await exclusive(async () => {
      ran = true;
    });
    expect(ran).toBe(true);
  });
});
