import { useStudioQuery } from '../../state/studio-provider';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Modal } from '../../ui/Modal';

/** Help > Module Reference: the Markdown reference generated from the catalog (plugins included). */
export function ModuleReferenceDialog({ onClose }: { onClose(): void }) {
  const docs = useStudioQuery('planner.docs', {});
  return (
    <Modal title="Module reference" onClose={onClose} wide>
      {docs.error && <ErrorBanner error={docs.error} />}
      {docs.isPending && <p className="muted">Loading…</p>}
      {docs.data && <pre className="module-reference">{docs.data.markdown}</pre>}
    </Modal>
  );
}
