import { describe, expect, it } from 'vitest';
import type { StudioEvent } from '../../src-shared/api/events';
import { EventBus } from './event-bus';
import { strayErrorHandler } from './stray-errors';

describe('strayErrorHandler', () => {
  it('logs a stray error with its stack and tells the person, for errors and for other thrown values', () => {
    const events = new EventBus();
    const seen: StudioEvent[] = [];
    events.subscribe((e) => seen.push(e));
    const lines: string[] = [];
    const contain = strayErrorHandler(events, (line) => lines.push(line));
    contain(new Error('timer went off'));
    contain('a string rejection');
    expect(lines[0]).toMatch(/^contained an error that escaped its code: Error: timer went off\n\s+at /);
    expect(lines[1]).toBe('contained an error that escaped its code: a string rejection');
    expect(seen.map((e) => e.channel === 'notice' && e.event.message)).toEqual([
      'An error escaped its code and was contained: timer went off. Planner Studio keeps running; its log has the details.',
      'An error escaped its code and was contained: a string rejection. Planner Studio keeps running; its log has the details.',
    ]);
  });
});
