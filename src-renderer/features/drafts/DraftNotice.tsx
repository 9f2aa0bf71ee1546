import { useState } from 'react';
import type { ConfigVersion } from '../../../src-shared/api/schemas/configs';
import { DiffView } from '../../ui/DiffView';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { formatTime } from '../../ui/format-time';
import { Modal } from '../../ui/Modal';
import type { DraftState } from './use-draft';

/** Tells the user unsaved text was restored, and shows it against the last saved version. */
export function DraftNotice({ draft, config, buffer }: { draft: DraftState; config: ConfigVersion | null; buffer: string }) {
  const [showDiff, setShowDiff] = useState(false);
  const { restored } = draft;
  return (
    <>
      {draft.error && <ErrorBanner error={draft.error} />}
      {restored && config && (
        <div className="notice" role="status" aria-label="Restored draft">
          <span>
            Unsaved changes from {formatTime(restored.updatedAt)} were restored
            {restored.baseVersionId !== null && restored.baseVersionId !== config.id ? ` (edited from an older version; v${config.version} is saved now)` : ''}.
          </span>
          <button type="button" onClick={() => setShowDiff(true)}>
            Show diff against v{config.version}
          </button>
          <button type="button" onClick={draft.dismiss}>
            Keep editing
          </button>
          <button type="button" className="button-danger" onClick={draft.discard}>
            Discard draft
          </button>
        </div>
      )}
      {showDiff && config && (
        <Modal title={`Restored draft of ${config.name} against v${config.version}`} onClose={() => setShowDiff(false)} wide>
          <DiffView oldText={config.configToml} newText={buffer} oldLabel={`v${config.version} (saved)`} newLabel="restored draft" />
        </Modal>
      )}
    </>
  );
}
