import { useState } from 'react';
import { useStudioMutation, useStudioQuery } from '../../state/studio-provider';
import { ConfigChanges } from '../../ui/ConfigChanges';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Modal } from '../../ui/Modal';

export type AssignTarget =
  | { kind: 'assign'; configId: number; bucket?: string }
  | { kind: 'rollback'; bucket: string; name: string; version: number; configId: number };

const NEW_BUCKET = '\u0000new';

/**
 * Points a bucket at a version, showing first what changes for the bucket: its current version
 * against the target, semantically and as text. A rollback records itself as such.
 */
export function AssignDialog({ target, onClose }: { target: AssignTarget; onClose(): void }) {
  const buckets = useStudioQuery('buckets.list', {});
  const [choice, setChoice] = useState(target.bucket ?? '');
  const [newName, setNewName] = useState('');
  const assign = useStudioMutation('buckets.assign', ['buckets', 'versions', 'configs']);
  const rollback = useStudioMutation('buckets.rollback', ['buckets', 'versions', 'configs']);
  const pending = assign.isPending || rollback.isPending;
  const error = assign.error ?? rollback.error;

  const bucketName = target.kind === 'rollback' ? target.bucket : choice === NEW_BUCKET ? newName.trim() : choice;
  const current = buckets.data?.find((b) => b.name === bucketName)?.current ?? null;
  const from = useStudioQuery('configs.get', { id: current?.configId ?? 0 }, { enabled: current !== null });
  const to = useStudioQuery('configs.get', { id: target.configId });
  const toLabel = to.data ? `${to.data.name} v${to.data.version}` : '…';
  const verb = target.kind === 'rollback' ? 'Roll back' : 'Assign';

  const confirm = () => {
    const done = { onSuccess: onClose };
    if (target.kind === 'rollback') rollback.mutate({ bucket: target.bucket, name: target.name, version: target.version }, done);
    else assign.mutate({ bucket: bucketName, configId: target.configId }, done);
  };

  return (
    <Modal
      title={target.kind === 'rollback' ? `Roll back ${target.bucket} to ${toLabel}` : `Assign ${toLabel} to a bucket`}
      onClose={onClose}
      wide
      actions={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button-primary" disabled={!bucketName || pending || !to.data} onClick={confirm}>
            {verb}
          </button>
        </>
      }
    >
      {target.kind === 'assign' && (
        <div className="form-row">
          <label className="field">
            Bucket
            <select aria-label="Bucket" value={choice} onChange={(e) => setChoice(e.target.value)}>
              <option value="" disabled>
                Choose a bucket
              </option>
              {buckets.data?.map((b) => (
                <option key={b.id} value={b.name}>
                  {b.name}
                  {b.current ? ` (now ${b.current.configName} v${b.current.version})` : ''}
                </option>
              ))}
              <option value={NEW_BUCKET}>New bucket…</option>
            </select>
          </label>
          {choice === NEW_BUCKET && (
            <label className="field">
              New bucket name
              <input value={newName} onChange={(e) => setNewName(e.target.value)} placeholder="e.g. prod-eu" />
            </label>
          )}
        </div>
      )}
      {error && <ErrorBanner error={error} />}
      {buckets.error && <ErrorBanner error={buckets.error} />}
      {bucketName && (
        <p>
          <strong>{bucketName}</strong> uses {current ? `${current.configName} v${current.version}` : 'no version yet'}; after this it
          uses <strong>{toLabel}</strong>.
        </p>
      )}
      {current && from.data && to.data && (
        <ConfigChanges
          oldToml={from.data.configToml}
          newToml={to.data.configToml}
          oldLabel={`${from.data.name} v${from.data.version} (now)`}
          newLabel={`${to.data.name} v${to.data.version}`}
        />
      )}
    </Modal>
  );
}
