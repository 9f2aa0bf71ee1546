import { describe, expect, it } from 'vitest';
import { belongsTo, newRunId } from './use-run-progress';

describe('belongsTo', () => {
  const p = (runId: string) => ({ runId, stage: 'evaluation', done: 1, total: 2 });
  it('matches the run and its parts, not other runs sharing a prefix', () => {
    expect(belongsTo(p('ab-1'), 'ab-1')).toBe(true);
    expect(belongsTo(p('ab-1-a'), 'ab-1')).toBe(true);
    expect(belongsTo(p('ab-12'), 'ab-1')).toBe(false);
  });
  it('makes distinct ids with the kind as prefix', () => {
    const a = newRunId('sweep');
    expect(a).toMatch(/^sweep-[0-9a-f-]{36}$/);
    expect(newRunId('sweep')).not.toBe(a);
  });
});
