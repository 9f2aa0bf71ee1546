import type { PanelContext } from '../panels';
import { useStudioQuery } from '../../state/studio-provider';

/**
 * A choice of strategy for one arm: the editor's text, any version of the config being edited,
 * the active version of every other config, or a preset.
 */
export function SourceSelect({ label, value, onChange, ctx }: { label: string; value: string; onChange(v: string): void; ctx: PanelContext }) {
  const name = ctx.config?.name ?? '';
  const history = useStudioQuery('versions.history', { name }, { enabled: name !== '' });
  const configs = useStudioQuery('configs.list', {});
  const presets = useStudioQuery('presets.list', {});
  return (
    <label className="field">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="buffer">Editor text{ctx.config ? ` (${ctx.config.name})` : ''}</option>
        {history.data && history.data.length > 0 && (
          <optgroup label={`Versions of ${name}`}>
            {history.data.map((v) => (
              <option key={v.id} value={`version:${v.id}`}>
                {v.name} v{v.version} — {v.title}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label="Other configs (active version)">
          {(configs.data ?? [])
            .filter((c) => c.name !== name)
            .map((c) => (
              <option key={c.id} value={`version:${c.id}`}>
                {c.name} v{c.version}
              </option>
            ))}
        </optgroup>
        <optgroup label="Presets">
          {(presets.data ?? []).map((p) => (
            <option key={p.id} value={`preset:${p.id}`}>
              preset {p.name}
            </option>
          ))}
        </optgroup>
      </select>
    </label>
  );
}
