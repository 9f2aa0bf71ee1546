import { describe, expect, it } from 'vitest';
import { cosmeticLines } from './cosmetic-lines';

describe('cosmeticLines', () => {
  it('lists added and removed comment and blank lines', () => {
    const before = 'a = 1\n# old note\nb = 2\n';
    const after = 'a = 1\nb = 2\n# new note\n';
    expect(cosmeticLines(before, after)).toEqual([
      { change: 'removed', text: '# old note' },
      { change: 'added', text: '# new note' },
    ]);
  });

  it('calls a line with the same content but other spacing or trailing comment reformatted', () => {
    expect(cosmeticLines('a = 1\n', 'a=1   # tuned\n')).toEqual([{ change: 'reformatted', text: 'a=1   # tuned' }]);
  });

  it('calls a line that changed place moved', () => {
    // The line diff keeps one of the two in place; the other one is the move.
    const lines = cosmeticLines('a = 1\nb = 2\n', 'b = 2\na = 1\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.change).toBe('moved');
    expect(['a = 1', 'b = 2']).toContain(lines[0]?.text);
  });

  it('leaves out real value changes, and keeps # inside strings as content', () => {
    expect(cosmeticLines('a = 1\n', 'a = 2\n')).toEqual([]);
    expect(cosmeticLines('s = "x#y"\n', 's = "x#z"\n')).toEqual([]);
  });
});
