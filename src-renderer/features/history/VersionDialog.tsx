import { TomlEditor } from '../../editor/TomlEditor';
import { useStudioQuery } from '../../state/studio-provider';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Modal } from '../../ui/Modal';

/** One stored version, read-only. */
export function VersionDialog({ id, onClose }: { id: number; onClose(): void }) {
  const version = useStudioQuery('configs.get', { id });
  const v = version.data;
  return (
    <Modal title={v ? `${v.name} v${v.version} — ${v.title} (read-only)` : 'Version'} onClose={onClose} wide>
      {version.error && <ErrorBanner error={version.error} />}
      {v && (
        <div className="readonly-editor">
          <TomlEditor value={v.configToml} readOnly ariaLabel={`${v.name} v${v.version}, read-only`} />
        </div>
      )}
    </Modal>
  );
}
