import { useState } from 'react';
import type { ConfigVersion } from '../../../src-shared/api/schemas/configs';
import { useStudioMutation } from '../../state/studio-provider';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Modal } from '../../ui/Modal';

/** Copies the edited version under a new name, as that name's version 1. */
export function CloneDialog({ config, onClose, onCloned }: { config: ConfigVersion; onClose(): void; onCloned(created: ConfigVersion): void }) {
  const [newName, setNewName] = useState(`${config.name}-copy`);
  const [newTitle, setNewTitle] = useState(`${config.title} (copy)`);
  const clone = useStudioMutation('files.clone', ['configs', 'versions']);
  return (
    <Modal
      title={`Clone ${config.name} v${config.version}`}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button-primary"
            disabled={!newName.trim() || !newTitle.trim() || clone.isPending}
            onClick={() => clone.mutate({ id: config.id, newName: newName.trim(), newTitle: newTitle.trim() }, { onSuccess: onCloned })}
          >
            Clone
          </button>
        </>
      }
    >
      {clone.error && <ErrorBanner error={clone.error} />}
      <div className="form-grid">
        <label className="field">
          New name
          <input value={newName} onChange={(e) => setNewName(e.target.value)} />
        </label>
        <label className="field">
          New title
          <input value={newTitle} onChange={(e) => setNewTitle(e.target.value)} />
        </label>
      </div>
    </Modal>
  );
}
