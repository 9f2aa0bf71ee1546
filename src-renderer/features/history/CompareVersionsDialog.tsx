import { useStudioQuery } from '../../state/studio-provider';
import { ConfigChanges } from '../../ui/ConfigChanges';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Modal } from '../../ui/Modal';

/** Two stored versions side by side: what changed semantically, then the text. */
export function CompareVersionsDialog({ leftId, rightId, onClose }: { leftId: number; rightId: number; onClose(): void }) {
  const pair = useStudioQuery('versions.compare', { leftId, rightId });
  const left = pair.data?.left;
  const right = pair.data?.right;
  const title = left && right ? `Compare ${left.name} v${left.version} ↔ v${right.version}` : 'Compare versions';
  return (
    <Modal title={title} onClose={onClose} wide>
      {pair.error && <ErrorBanner error={pair.error} />}
      {left && right && (
        <ConfigChanges
          oldToml={left.configToml}
          newToml={right.configToml}
          oldLabel={`v${left.version} · ${left.title}`}
          newLabel={`v${right.version} · ${right.title}`}
        />
      )}
    </Modal>
  );
}
