import { useRef, useState, type ReactNode } from 'react';
import { MAX_TOML_BYTES } from '../../../src-shared/api/schemas/toml-text';
import type { ConfigVersion } from '../../../src-shared/api/schemas/configs';
import { useStudio, useStudioQuery } from '../../state/studio-provider';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { CloneDialog } from './CloneDialog';
import { ImportDialog } from './ImportDialog';
import { downloadText, readPickedFile, type PickedFile } from './picked-file';

export interface FileActions {
  startImport(): void;
  /** Imports a file from the desktop's recent-files list. */
  importRecent(path: string): void;
  exportCurrent(): void;
  startClone(): void;
  /** The dialogs, the hidden file input and the last outcome; render once. */
  elements: ReactNode;
}

/**
 * Import, export and clone, with the desktop's native dialogs when the app runs in Electron
 * and a file picker and a download in the web host.
 */
export function useFileActions(config: ConfigVersion | null, selectConfig: (id: number) => void): FileActions {
  const client = useStudio();
  const info = useStudioQuery('system.info', {});
  const desktop = info.data?.host === 'electron';
  const input = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [cloning, setCloning] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<Error | null>(null);

  const run = (work: () => Promise<void>) => {
    setError(null);
    setStatus(null);
    work().catch((e: Error) => setError(e));
  };

  const onPicked = (file: File | undefined) => {
    if (input.current) input.current.value = '';
    if (!file) return;
    if (file.size > MAX_TOML_BYTES) {
      setError(new Error(`${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; strategy files can be at most 5 MB.`));
      return;
    }
    run(async () => setPicked(await readPickedFile(file)));
  };

  const done = (created: ConfigVersion, what: string) => {
    setPicked(null);
    setCloning(false);
    setStatus(`${what} ${created.name} v${created.version}.`);
    selectConfig(created.id);
  };

  return {
    startImport: () => {
      if (!desktop) return input.current?.click();
      run(async () => {
        const opened = await client.call('dialogs.openToml', {});
        if (opened) setPicked({ fileName: opened.fileName, text: opened.text });
      });
    },
    importRecent: (path) =>
      run(async () => {
        const opened = await client.call('dialogs.openRecent', { path });
        setPicked({ fileName: opened.fileName, text: opened.text });
      }),
    exportCurrent: () => {
      if (!config) return;
      run(async () => {
        const file = await client.call('files.exportText', { id: config.id });
        if (!desktop) {
          downloadText(file.fileName, file.text);
          setStatus(`Exported ${file.fileName}.`);
          return;
        }
        const saved = await client.call('dialogs.saveToml', { suggestedName: file.fileName, text: file.text });
        if (saved) setStatus(`Exported to ${saved.path}.`);
      });
    },
    startClone: () => config && setCloning(true),
    elements: (
      <>
        <input
          ref={input}
          type="file"
          accept=".toml,text/plain,application/toml"
          hidden
          aria-label="Strategy file to import"
          data-testid="import-file-input"
          onChange={(e) => onPicked(e.target.files?.[0])}
        />
        {error && <ErrorBanner error={error} />}
        {status && (
          <p className="notice" role="status">
            {status}
          </p>
        )}
        {picked && <ImportDialog file={picked} onClose={() => setPicked(null)} onImported={(c) => done(c, 'Imported')} />}
        {cloning && config && <CloneDialog config={config} onClose={() => setCloning(false)} onCloned={(c) => done(c, 'Created')} />}
      </>
    ),
  };
}
