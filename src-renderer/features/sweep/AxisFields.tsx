import type { SweepParam } from './grid';

export interface AxisInput {
  label: string;
  from: string;
  to: string;
  steps: string;
}

/** One swept parameter: which one, and the range and number of steps to try. */
export function AxisFields({ name, params, value, onChange }: { name: string; params: readonly SweepParam[]; value: AxisInput; onChange(v: AxisInput): void }) {
  const param = params.find((p) => p.label === value.label);
  return (
    <fieldset className="axis-fields">
      <legend>{name}</legend>
      <label className="field wide">
        Parameter
        <select value={value.label} onChange={(e) => onChange({ ...value, label: e.target.value })} aria-label={`${name} parameter`}>
          {params.map((p) => (
            <option key={p.label} value={p.label} title={p.description}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        From
        <input value={value.from} onChange={(e) => onChange({ ...value, from: e.target.value })} inputMode="decimal" aria-label={`${name} from`} />
      </label>
      <label className="field">
        To
        <input value={value.to} onChange={(e) => onChange({ ...value, to: e.target.value })} inputMode="decimal" aria-label={`${name} to`} />
      </label>
      <label className="field">
        Steps
        <input value={value.steps} onChange={(e) => onChange({ ...value, steps: e.target.value })} inputMode="numeric" aria-label={`${name} steps`} />
      </label>
      {param && (
        <p className="muted axis-hint">
          {param.integer ? 'integer' : 'number'}
          {param.min !== undefined || param.max !== undefined ? `, ${param.min ?? '−∞'}…${param.max ?? '∞'}` : ''}, default {param.default}. {param.description}
        </p>
      )}
    </fieldset>
  );
}
