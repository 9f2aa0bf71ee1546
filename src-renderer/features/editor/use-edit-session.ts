import { useCallback, useState } from 'react';
import type { ConfigVersion } from '../../../src-shared/api/schemas/configs';
import { useStudioQuery } from '../../state/studio-provider';

export interface EditSession {
  /** The stored version being edited. */
  config: ConfigVersion | null;
  loadError: Error | null;
  /** The editor text; the stored text until the user types. */
  buffer: string;
  setBuffer(text: string): void;
  /** The buffer differs from the stored version. */
  dirty: boolean;
}

/**
 * The editor's text for one stored version. The buffer is keyed by the version id, so selecting
 * another config (or the version just saved) starts again from its stored text.
 */
export function useEditSession(configId: number | null): EditSession {
  const query = useStudioQuery('configs.get', { id: configId ?? 0 }, { enabled: configId !== null });
  const config = configId !== null && query.data?.id === configId ? query.data : null;
  const [edit, setEdit] = useState<{ forId: number; text: string } | null>(null);
  const buffer = config && edit?.forId === config.id ? edit.text : (config?.configToml ?? '');
  const setBuffer = useCallback((text: string) => {
    if (config) setEdit({ forId: config.id, text });
  }, [config]);
  return {
    config,
    loadError: query.error,
    buffer,
    setBuffer,
    dirty: config !== null && buffer !== config.configToml,
  };
}
