import { useState } from 'react';
import type { ConfigVersion } from '../../../src-shared/api/schemas/configs';
import { useStudio, useStudioMutation } from '../../state/studio-provider';
import { ConfigChanges } from '../../ui/ConfigChanges';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Modal } from '../../ui/Modal';

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
  const client = useStudio();
  const [title, setTitle] = useState(config.title);
  const [note, setNote] = useState('');
  const create = useStudioMutation('versions.create', ['configs', 'versions', 'buckets']);
  const unchanged = buffer === config.configToml;

  const confirm = () =>
    create.mutate(
      { name: config.name, toml: buffer, title: title.trim(), note: note.trim(), parentVersionId: config.id },
      {
        onSuccess: (created) => {
          // The edit is stored now; its draft would only resurrect it.
          client.call('drafts.discard', { configName: config.name }).catch(() => undefined);
          onSaved(created);
        },
      },
    );

  return (
    <Modal
      title={`Review changes to ${config.name} (v${config.version} → v${config.version + 1})`}
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
            disabled={unchanged || title.trim() === '' || create.isPending}
            onClick={confirm}
          >
            Confirm and save v{config.version + 1}
          </button>
        </>
      }
    >
      {create.error && <ErrorBanner error={create.error} />}
      {unchanged ? (
        <p className="muted">Nothing to save: the editor text equals v{config.version}.</p>
      ) : (
        <ConfigChanges oldToml={config.configToml} newToml={buffer} oldLabel={`v${config.version} (saved)`} newLabel="editor" />
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
