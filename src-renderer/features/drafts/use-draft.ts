import { useEffect, useRef, useState } from 'react';
import type { Draft } from '../../../src-shared/api/schemas/drafts';
import { useStudio } from '../../state/studio-provider';
import type { EditSession } from '../editor/use-edit-session';

/** How long typing must pause before the buffer is kept as a draft. */
const SAVE_DELAY_MS = 500;

export interface DraftState {
  /** The draft put back into the editor when this config was opened, until dismissed. */
  restored: Draft | null;
  dismiss(): void;
  /** Forget the draft and put the saved text back in the editor. */
  discard(): void;
  /** The edit was stored as a version: its draft is obsolete, and nothing may write it again. */
  saved(): void;
  error: Error | null;
}

/**
 * Keeps the editor's unsaved text as a draft of its config while the user types, and when a
 * config is opened with a draft different from its saved text, puts the draft back in the
 * editor (a restart or crash loses no typing). Going back to the saved text forgets the draft.
 */
export function useDraft(session: EditSession): DraftState {
  const client = useStudio();
  const { config, buffer, replaceBuffer, dirty } = session;
  const [restored, setRestored] = useState<Draft | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const latest = useRef({ config, replaceBuffer });
  latest.current = { config, replaceBuffer };
  /** The config name a draft is stored for, as far as this session knows. */
  const storedFor = useRef<string | null>(null);
  const checked = useRef<number | null>(null);

  // Once per opened version: is there a draft to restore?
  const configId = config?.id ?? null;
  useEffect(() => {
    const opened = latest.current.config;
    if (!opened || checked.current === opened.id) return;
    checked.current = opened.id;
    setRestored(null);
    storedFor.current = null;
    client.call('drafts.get', { configName: opened.name }).then(
      (draft) => {
        if (latest.current.config?.id !== opened.id || !draft) return;
        storedFor.current = opened.name;
        if (draft.text === opened.configToml) return;
        latest.current.replaceBuffer(draft.text);
        setRestored(draft);
      },
      (e: Error) => setError(e),
    );
  }, [client, configId]);

  // A draft waiting for the typing pause; written at once when the user leaves the config or the page.
  const pending = useRef<{ configName: string; baseVersionId: number; text: string } | null>(null);
  const flush = useRef(() => {});
  flush.current = () => {
    const draft = pending.current;
    pending.current = null;
    if (!draft) return;
    client.call('drafts.save', draft).then(
      () => {
        storedFor.current = draft.configName;
        setError(null);
      },
      (e: Error) => setError(e),
    );
  };
  useEffect(() => () => flush.current(), [configId]);
  useEffect(() => {
    const onHide = () => flush.current();
    // Typing not yet kept as a draft: ask before leaving (the desktop app turns this into its
    // own "unsaved changes" prompt), and start writing the draft meanwhile.
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!pending.current) return;
      flush.current();
      e.preventDefault();
    };
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, []);

  // As the user types: keep the text, or forget the draft when the text is the saved one again.
  useEffect(() => {
    if (!config) return;
    const name = config.name;
    pending.current = dirty ? { configName: name, baseVersionId: config.id, text: buffer } : null;
    const timer = setTimeout(() => {
      if (dirty) flush.current();
      else if (storedFor.current === name) {
        storedFor.current = null;
        client.call('drafts.discard', { configName: name }).catch((e: Error) => setError(e));
      }
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [client, config, buffer, dirty]);

  return {
    restored,
    dismiss: () => setRestored(null),
    discard: () => {
      setRestored(null);
      if (config) replaceBuffer(config.configToml);
    },
    saved: () => {
      pending.current = null;
      storedFor.current = null;
      setRestored(null);
      if (config) client.call('drafts.discard', { configName: config.name }).catch((e: Error) => setError(e));
    },
    error,
  };
}
