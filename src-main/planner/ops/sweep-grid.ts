import type { ParamSpec } from '../../../src-shared/domain/modules';

export interface SweepAxisInput {
  path: string[];
  values?: number[];
  from?: number;
  to?: number;
  steps?: number;
}

export const MAX_SWEEP_POINTS = 400;

/** Evenly spaced values from `from` to `to` inclusive (integers rounded, repeats dropped). */
export function axisValues(axis: SweepAxisInput, integer: boolean): number[] {
  let raw: number[];
  if (axis.values !== undefined) raw = axis.values;
  else {
    const from = axis.from ?? 0;
    const to = axis.to ?? from;
    const n = Math.max(1, axis.steps ?? 1);
    raw = n === 1 ? [from] : Array.from({ length: n }, (_, i) => from + ((to - from) * i) / (n - 1));
  }
  return [...new Set(raw.map((v) => (integer ? Math.round(v) : Number(v.toPrecision(12)))))];
}

/** The numeric spec a sweep path points at, or a message saying why it cannot be swept. */
export function sweepableSpec(spec: ParamSpec | undefined, path: readonly string[]): ParamSpec {
  const label = path.filter((p) => p !== 'params').join('.');
  if (spec === undefined) throw new Error(`${label}: no such parameter.`);
  if (spec.type !== 'number' && spec.type !== 'integer') throw new Error(`${label}: a ${spec.type} parameter cannot be swept; choose a number.`);
  return spec;
}

/** Check each value against the spec's range; the message names the parameter and the bound. */
export function checkAxisValues(spec: ParamSpec, path: readonly string[], values: readonly number[]): void {
  const label = path.filter((p) => p !== 'params').join('.');
  for (const v of values) {
    if (spec.min !== undefined && v < spec.min) throw new Error(`${label}: ${v} is below the minimum ${spec.min}.`);
    if (spec.max !== undefined && v > spec.max) throw new Error(`${label}: ${v} is above the maximum ${spec.max}.`);
  }
}

/** Every combination of the axes' values, first axis outermost. */
export function gridPoints(axes: readonly (readonly number[])[]): number[][] {
  return axes.reduce<number[][]>((points, values) => points.flatMap((p) => values.map((v) => [...p, v])), [[]]);
}
