import { useState } from 'react';
import type { VersionEntry } from '../../../src-shared/api/schemas/versions';
import { useStudioMutation, useStudioQuery } from '../../state/studio-provider';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { formatTime, shortHash } from '../../ui/format-time';
import { AssignDialog } from '../buckets/AssignDialog';
import type { PanelContext } from '../panels';
import { BucketLanes } from './BucketLanes';
import { CompareVersionsDialog } from './CompareVersionsDialog';
import { toggleInPair } from './pick-two';
import { VersionDialog } from './VersionDialog';

type Dialog = { kind: 'open'; id: number } | { kind: 'compare'; leftId: number; rightId: number } | { kind: 'assign'; id: number };

/**
 * Every version of the selected config, newest first, with what each one is (number, title,
 * note, author, time, parent, buckets, hash) and what can be done with it: open read-only,
 * compare two, restore as a new version, assign to a bucket. Below, the per-bucket lanes.
 */
export function HistoryPanel({ config, selectConfig }: PanelContext) {
  const name = config?.name ?? '';
  const history = useStudioQuery('versions.history', { name }, { enabled: name !== '' });
  const restore = useStudioMutation('versions.restore', ['configs', 'versions', 'buckets']);
  // Picks belong to one config's timeline: selecting another config starts with none.
  const [picks, setPicks] = useState<{ name: string; ids: number[] }>({ name, ids: [] });
  const picked = picks.name === name ? picks.ids : [];
  const [dialog, setDialog] = useState<Dialog | null>(null);

  if (!config) return <p className="muted">Select a config to see its history.</p>;
  const versions = history.data ?? [];
  const numberOf = new Map(versions.map((v) => [v.id, v.version]));
  const label = (id: number) => `v${numberOf.get(id) ?? '?'}`;
  const [a, b] = picked;

  const onRestore = (v: VersionEntry) =>
    restore.mutate(
      { id: v.id, note: `Restored from v${v.version}` },
      { onSuccess: (created) => selectConfig(created.id) },
    );

  return (
    <section className="history" aria-label="Version history">
      <div className="panel-toolbar">
        <h3 className="section-title">
          History of {config.name} <span className="muted">({versions.length} {versions.length === 1 ? 'version' : 'versions'})</span>
        </h3>
        <button
          type="button"
          disabled={a === undefined || b === undefined}
          onClick={() => {
            if (a === undefined || b === undefined) return;
            // Older on the left, whatever order they were picked in.
            const [leftId, rightId] = (numberOf.get(a) ?? 0) < (numberOf.get(b) ?? 0) ? [a, b] : [b, a];
            setDialog({ kind: 'compare', leftId, rightId });
          }}
        >
          Compare selected{a !== undefined && b !== undefined ? ` (${label(Math.min(a, b))} ↔ ${label(Math.max(a, b))})` : ''}
        </button>
      </div>
      {history.error && <ErrorBanner error={history.error} />}
      {restore.error && <ErrorBanner error={restore.error} />}
      <ol className="timeline" aria-label="Versions">
        {versions.map((v) => (
          <li key={v.id} className={v.id === config.id ? 'timeline-item current' : 'timeline-item'} aria-label={`Version ${v.version}`}>
            <div className="timeline-head">
              <input
                type="checkbox"
                aria-label={`Select v${v.version} for comparison`}
                checked={picked.includes(v.id)}
                onChange={() => setPicks({ name, ids: toggleInPair(picked, v.id) })}
              />
              <strong>v{v.version}</strong>
              <span className="timeline-title">{v.title}</span>
              {v.isActive && <span className="badge">active</span>}
              {v.id === config.id && <span className="badge badge-muted">in editor</span>}
            </div>
            {v.note && <p className="timeline-note">{v.note}</p>}
            <p className="timeline-meta muted">
              {v.createdBy} · <time dateTime={v.createdAt}>{formatTime(v.createdAt)}</time>
              {v.parentVersionId !== null && <> · from {label(v.parentVersionId)}</>} ·{' '}
              <span className="mono" title={`sha-256 ${v.contentHash}`}>
                #{shortHash(v.contentHash)}
              </span>
            </p>
            {v.buckets.length > 0 && (
              <p className="chips" aria-label={`Buckets using v${v.version}`}>
                {v.buckets.map((bucket) => (
                  <span key={bucket} className="chip">
                    {bucket}
                  </span>
                ))}
              </p>
            )}
            <div className="timeline-actions">
              <button type="button" onClick={() => setDialog({ kind: 'open', id: v.id })} aria-label={`Open v${v.version}`}>
                Open
              </button>
              <button
                type="button"
                onClick={() => onRestore(v)}
                disabled={v.isActive || restore.isPending}
                aria-label={`Restore v${v.version}`}
                title="Store this content again as the newest version"
              >
                Restore
              </button>
              <button type="button" onClick={() => setDialog({ kind: 'assign', id: v.id })} aria-label={`Assign v${v.version} to a bucket`}>
                Assign…
              </button>
            </div>
          </li>
        ))}
      </ol>
      <BucketLanes configName={config.name} />
      {dialog?.kind === 'open' && <VersionDialog id={dialog.id} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'compare' && (
        <CompareVersionsDialog leftId={dialog.leftId} rightId={dialog.rightId} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'assign' && <AssignDialog target={{ kind: 'assign', configId: dialog.id }} onClose={() => setDialog(null)} />}
    </section>
  );
}
