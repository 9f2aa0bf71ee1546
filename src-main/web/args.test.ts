import { describe, expect, it } from 'vitest';
import { parseWebArgs } from './args';

describe('parseWebArgs', () => {
  it('reads --port and --data-dir', () => {
    expect(parseWebArgs(['--port', '8123', '--data-dir', '/tmp/x'])).toEqual({ port: 8123, dataDir: '/tmp/x' });
  });
  it('defaults to any free port', () => {
    expect(parseWebArgs([]).port).toBe(0);
  });
  it('refuses bad ports, missing values and unknown flags', () => {
    expect(() => parseWebArgs(['--port', 'abc'])).toThrow('--port must be 0..65535, not "abc"');
    expect(() => parseWebArgs(['--port', '70000'])).toThrow('--port');
    expect(() => parseWebArgs(['--data-dir'])).toThrow('--data-dir needs a value.');
    expect(() => parseWebArgs(['--verbose'])).toThrow('Unknown option "--verbose"');
  });
});
