import { useMemo, useState } from 'react';
import type { PanelContext } from '../panels';
import { useStudioQuery } from '../../state/studio-provider';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { filterPresets, tagCounts } from './preset-filter';
import { PresetPreview } from './PresetPreview';
import { SharePresetForm } from './SharePresetForm';
import './presets.css';

/** The preset library: search and tag filters, preview with a diff, create a config, share the current one. */
export function PresetsPanel({ ctx }: { ctx: PanelContext }) {
  const presets = useStudioQuery('presets.list', {});
  const [search, setSearch] = useState('');
  const [tags, setTags] = useState<ReadonlySet<string>>(new Set());
  const [previewId, setPreviewId] = useState<number | null>(null);
  const [sharing, setSharing] = useState(false);
  const all = presets.data ?? [];
  const shown = useMemo(() => filterPresets(all, search, tags), [all, search, tags]);
  const toggle = (tag: string) =>
    setTags((t) => {
      const next = new Set(t);
      if (!next.delete(tag)) next.add(tag);
      return next;
    });

  return (
    <div className="presets-panel">
      <div className="panel-toolbar">
        <input type="search" aria-label="Search presets" placeholder="Search presets" value={search} onChange={(e) => setSearch(e.target.value)} />
        <button type="button" onClick={() => setSharing((s) => !s)} aria-expanded={sharing} disabled={!ctx.config}>
          Share current config as preset
        </button>
      </div>
      {sharing && ctx.config && <SharePresetForm config={ctx.config} buffer={ctx.buffer} onDone={() => setSharing(false)} />}
      <div className="chips" role="group" aria-label="Filter by tag">
        {tagCounts(all).map(({ tag, count }) => (
          <button key={tag} type="button" className="tag-toggle" aria-pressed={tags.has(tag)} onClick={() => toggle(tag)}>
            {tag} <span className="muted">{count}</span>
          </button>
        ))}
      </div>
      {ctx.config && (
        <p className="muted preset-origin" data-testid="config-preset-origin">
          {ctx.config.sourcePresetName === null
            ? `${ctx.config.name} was not created from a preset.`
            : `${ctx.config.name} was created from preset ${ctx.config.sourcePresetName}.`}
        </p>
      )}
      {presets.error && <ErrorBanner error={presets.error} />}
      <ul className="preset-list" aria-label="Presets">
        {shown.map((p) => (
          <li key={p.id} className={p.id === ctx.config?.sourcePresetId ? 'preset-source' : undefined}>
            <div className="preset-head">
              <strong>{p.name}</strong>
              <span className="muted">
                {p.author} · {p.downloads} use{p.downloads === 1 ? '' : 's'}
                {p.rating !== null ? ` · ★ ${p.rating.toFixed(1)}` : ''}
              </span>
            </div>
            {p.id === ctx.config?.sourcePresetId && (
              <p className="preset-source-note" data-testid="preset-source-marker">
                Current config comes from this preset
              </p>
            )}
            {p.description && <p className="preset-description">{p.description}</p>}
            <div className="preset-foot">
              <span className="chips">
                {p.tags.map((t) => (
                  <span key={t} className="chip">
                    {t}
                  </span>
                ))}
              </span>
              <button type="button" onClick={() => setPreviewId(p.id)} aria-label={`Preview preset ${p.name}`}>
                Preview
              </button>
            </div>
          </li>
        ))}
      </ul>
      {presets.isSuccess && shown.length === 0 && <p className="muted">No preset matches.</p>}
      {previewId !== null && <PresetPreview id={previewId} ctx={ctx} onClose={() => setPreviewId(null)} />}
    </div>
  );
}
