import type { Params } from './module-types';

/**
 * Typed reads of resolved params. The validator has already checked every value against the
 * spec, so a wrong type here is a bug in a module's spec, reported loudly.
 */
export function num(p: Params, key: string): number {
  const v = p[key];
  if (typeof v !== 'number') throw new Error(`param ${key} is not a number`);
  return v;
}

export function bool(p: Params, key: string): boolean {
  const v = p[key];
  if (typeof v !== 'boolean') throw new Error(`param ${key} is not a boolean`);
  return v;
}

export function str(p: Params, key: string): string {
  const v = p[key];
  if (typeof v !== 'string') throw new Error(`param ${key} is not a string`);
  return v;
}

export function nums(p: Params, key: string): readonly number[] {
  const v = p[key];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'number')) throw new Error(`param ${key} is not a number list`);
  return v as number[];
}
