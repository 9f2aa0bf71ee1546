import { useCallback, useState } from 'react';
import type { ConfigVersion } from '../../../src-shared/api/schemas/configs';
import { useStudioQuery } from '../../state/studio-provider';

export interface EditSession {
  /** The stored version being edited. */
  config: ConfigVersion | null;
  loadError: Error | null;
  /** The editor text; the stored text until the user types. */
  buffer: string;
  /** Called by the editor as the user types. */
  onEditorChange(text: string): void;
  /** Puts a text into the editor from outside (a draft, a preset, a sweep value). */
  replaceBuffer(text: string): void;
  /** What the editor is told to show: changes only when the text is replaced from outside. */
  editorValue: string;
  /** Changes when the editor must start over from `editorValue` even if that text is unchanged. */
  editorKey: string;
  /** The buffer differs from the stored version. */
  dirty: boolean;
}

interface Edit {
  forId: number;
  text: string;
  external: string;
  revision: number;
}

/**
 * The editor's text for one stored version, keyed by the version id, so selecting another
 * config (or the version just saved) starts again from its stored text. Typed text is not fed
 * back into the editor: by the time React renders a keystroke the user may have typed the next,
 * and setting the older text would move the cursor and lose input.
 */
export function useEditSession(configId: number | null): EditSession {
  const query = useStudioQuery('configs.get', { id: configId ?? 0 }, { enabled: configId !== null });
  const config = configId !== null && query.data?.id === configId ? query.data : null;
  const [edit, setEdit] = useState<Edit | null>(null);
  const mine = config && edit?.forId === config.id ? edit : null;
  const saved = config?.configToml ?? '';

  const onEditorChange = useCallback(
    (text: string) => {
      if (!config) return;
      setEdit((e) => (e && e.forId === config.id ? { ...e, text } : { forId: config.id, text, external: config.configToml, revision: 0 }));
    },
    [config],
  );
  const replaceBuffer = useCallback(
    (text: string) => {
      if (!config) return;
      setEdit((e) => {
        const current = e && e.forId === config.id ? e : { forId: config.id, text: config.configToml, external: config.configToml, revision: 0 };
        // Same text as last time from outside: only a new editor instance shows it again.
        return { forId: config.id, text, external: text, revision: current.external === text ? current.revision + 1 : current.revision };
      });
    },
    [config],
  );

  const buffer = mine ? mine.text : saved;
  return {
    config,
    loadError: query.error,
    buffer,
    onEditorChange,
    replaceBuffer,
    editorValue: mine ? mine.external : saved,
    editorKey: `${config?.id ?? 'none'}:${mine?.revision ?? 0}`,
    dirty: config !== null && buffer !== config.configToml,
  };
}
