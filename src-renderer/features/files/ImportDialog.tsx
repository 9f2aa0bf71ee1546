import { useEffect, useState } from 'react';
import type { ConfigVersion } from '../../../src-shared/api/schemas/configs';
import { readExport } from '../../../src-shared/config/export-header';
import type { ConfigProblem } from '../../../src-shared/domain/problems';
import { useStudioMutation, useStudioQuery } from '../../state/studio-provider';
import { ConfigChanges } from '../../ui/ConfigChanges';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Modal } from '../../ui/Modal';
import { ProblemList } from '../../ui/ProblemList';
import { nameFromFileName, type PickedFile } from './picked-file';

/** Problem lines counted in the whole file (the header comes first), not in the TOML after it. */
function inFile(problems: readonly ConfigProblem[], lineOffset: number): ConfigProblem[] {
  if (lineOffset === 0) return [...problems];
  return problems.map((p) =>
    p.range ? { ...p, range: { ...p.range, line: p.range.line + lineOffset, endLine: p.range.endLine + lineOffset } } : p,
  );
}

/**
 * Imports a picked file: validates it, shows what it changes against the config of the same
 * name if there is one, and stores it (as that name's next version, or a new config) on Import.
 */
export function ImportDialog({ file, onClose, onImported }: { file: PickedFile; onClose(): void; onImported(created: ConfigVersion): void }) {
  const parsed = file.text === null ? null : readExport(file.text);
  const [name, setName] = useState(parsed?.header.name ?? nameFromFileName(file.fileName));
  const [title, setTitle] = useState(parsed?.header.title ?? '');
  const importText = useStudioMutation('files.importText', ['configs', 'versions']);
  const validation = useStudioQuery('planner.validate', { toml: parsed?.toml ?? '' }, { enabled: parsed !== null });
  const list = useStudioQuery('configs.list', {});
  const existing = list.data?.find((c) => c.name === name.trim());
  const current = useStudioQuery('configs.get', { id: existing?.id ?? 0 }, { enabled: existing !== undefined });

  const source = file.base64 !== undefined ? { base64: file.base64 } : { text: file.text ?? '' };
  const send = () =>
    importText.mutate(
      { fileName: file.fileName, ...source, name: name.trim(), ...(title.trim() ? { title: title.trim() } : {}) },
      { onSuccess: onImported },
    );

  // A file that is not text cannot be previewed: let the store say exactly what is wrong with it.
  const { mutate } = importText;
  useEffect(() => {
    if (file.text === null && file.base64 !== undefined) mutate({ fileName: file.fileName, base64: file.base64 });
  }, [file, mutate]);

  const problems = inFile(validation.data?.problems ?? [], parsed?.lineOffset ?? 0);
  const errors = problems.filter((p) => p.severity === 'error');
  const canImport = parsed !== null && validation.isSuccess && errors.length === 0 && name.trim() !== '' && !importText.isPending;

  return (
    <Modal
      title={`Import ${file.fileName}`}
      onClose={onClose}
      wide
      actions={
        <>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button-primary" disabled={!canImport} onClick={send}>
            {existing ? `Import as ${existing.name} v${existing.version + 1}` : 'Import as a new config'}
          </button>
        </>
      }
    >
      {importText.error && <ErrorBanner error={importText.error} />}
      {validation.error && <ErrorBanner error={validation.error} />}
      {parsed && (
        <>
          <div className="form-grid">
            <label className="field">
              Config name
              <input value={name} onChange={(e) => setName(e.target.value)} />
            </label>
            <label className="field">
              Title
              <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder={existing ? existing.title : name} />
            </label>
          </div>
          {parsed.hasHeader && (
            <p className="muted">
              Exported from {parsed.header.name ?? '?'} v{parsed.header.version ?? '?'}
              {parsed.header.exported ? ` on ${parsed.header.exported}` : ''}.
            </p>
          )}
          {errors.length > 0 && (
            <div className="error-banner" role="alert">
              <p>
                {file.fileName} is not a valid strategy: {errors.length} {errors.length === 1 ? 'problem' : 'problems'}.
              </p>
              <ProblemList problems={errors} label="Problems in the file" />
            </div>
          )}
          {existing && current.data ? (
            <ConfigChanges
              oldToml={current.data.configToml}
              newToml={parsed.toml}
              oldLabel={`${existing.name} v${existing.version} (stored)`}
              newLabel={file.fileName}
            />
          ) : (
            <p>
              No config is named <strong>{name.trim() || '…'}</strong>: the file becomes its version 1.
            </p>
          )}
        </>
      )}
    </Modal>
  );
}
