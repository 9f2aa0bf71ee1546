import { useState } from 'react';
import type { ConfigVersion } from '../../../src-shared/api/schemas/configs';
import { useStudioMutation, useStudioQuery } from '../../state/studio-provider';
import { ConfigChanges } from '../../ui/ConfigChanges';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Modal } from '../../ui/Modal';
import { ProblemList } from '../../ui/ProblemList';
import { OutcomeSection } from './OutcomeSection';

interface Props {
  /** The stored version the edit started from. */
  config: ConfigVersion;
  /** The edited text to save. */
  buffer: string;
  onClose(): void;
  onSaved(created: ConfigVersion): void;
}

/**
 * The only way to store an edit: what changes (semantically and as text), a title and a note
 * for the new version, and Confirm, which creates it. Nothing is stored before Confirm.
 */
export function SaveReview({ config, buffer, onClose, onSaved }: Props) {
  const [title, setTitle] = useState(config.title);
  const [note, setNote] = useState('');
  const create = useStudioMutation('versions.create', ['configs', 'versions', 'buckets']);
  const unchanged = buffer === config.configToml;
  // The next number follows the newest version of the name, which may be newer than the one edited.
  const history = useStudioQuery('versions.history', { name: config.name });
  const next = Math.max(config.version, ...(history.data ?? []).map((v) => v.version)) + 1;
  const validation = useStudioQuery('planner.validate', { toml: buffer });
  const errors = validation.data?.problems.filter((p) => p.severity === 'error') ?? [];
  const warnings = validation.data?.problems.filter((p) => p.severity !== 'error') ?? [];
  const valid = validation.isSuccess && errors.length === 0;

  const confirm = () =>
    create.mutate(
      { name: config.name, toml: buffer, title: title.trim(), note: note.trim(), parentVersionId: config.id },
      {
        onSuccess: onSaved,
      },
    );

  return (
    <Modal
      title={`Review changes to ${config.name} (v${config.version} → v${next})`}
      onClose={onClose}
      wide
      actions={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button-primary"
            disabled={unchanged || !valid || title.trim() === '' || create.isPending}
            onClick={confirm}
          >
            Confirm and save v{next}
          </button>
        </>
      }
    >
      {create.error && <ErrorBanner error={create.error} />}
      {validation.error && <ErrorBanner error={validation.error} />}
      {errors.length > 0 && (
        <div className="error-banner" role="alert">
          <p>
            This text cannot be saved: {errors.length} {errors.length === 1 ? 'problem' : 'problems'} to fix in the editor first.
          </p>
          <ProblemList problems={errors} label="Problems that block saving" />
        </div>
      )}
      {warnings.length > 0 && (
        <details className="warnings">
          <summary>{warnings.length} warnings (saving is allowed)</summary>
          <ProblemList problems={warnings} label="Warnings" />
        </details>
      )}
      {next > config.version + 1 && (
        <p className="notice">
          v{next - 1} was saved after v{config.version}, the version this edit started from: the new v{next} records v{config.version} as its
          parent, and the diff below is against v{config.version}.
        </p>
      )}
      {unchanged ? (
        <p className="muted">Nothing to save: the editor text equals v{config.version}.</p>
      ) : (
        <>
          <ConfigChanges oldToml={config.configToml} newToml={buffer} oldLabel={`v${config.version} (saved)`} newLabel="editor" />
          <OutcomeSection config={config} buffer={buffer} valid={valid} />
        </>
      )}
      <h3 className="section-title">The new version</h3>
      <div className="form-grid">
        <label className="field">
          Title
          <input value={title} onChange={(e) => setTitle(e.target.value)} required maxLength={200} />
        </label>
        <label className="field">
          Note (what changed and why)
          <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} maxLength={2000} />
        </label>
      </div>
    </Modal>
  );
}
