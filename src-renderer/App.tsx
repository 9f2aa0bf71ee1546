import { useCallback, useEffect, useState } from 'react';
import { ConfigList } from './features/config-list/ConfigList';
import { ConfigEditorPane } from './features/editor/ConfigEditorPane';
import { useEditSession } from './features/editor/use-edit-session';
import { panels, type PanelContext } from './features/panels';
import { useStudioQuery } from './state/studio-provider';
import { Tabs } from './ui/Tabs';

export function App() {
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [reviewOpen, setReviewOpen] = useState(false);
  const info = useStudioQuery('system.info', {});
  const session = useEditSession(selectedId);
  const { config, setBuffer } = session;

  const requestSave = useCallback(() => setReviewOpen(true), []);
  useSaveShortcut(requestSave);

  const ctx: PanelContext = {
    config,
    buffer: session.buffer,
    openEdit: (text) => {
      setBuffer(text);
      setReviewOpen(true);
    },
    selectConfig: setSelectedId,
  };

  return (
    <div className="app" data-ready={info.isSuccess ? 'true' : 'false'}>
      <header className="app-header">
        <span className="app-title">Planner Studio</span>
        {info.data && (
          <span className="app-host" title={`Data folder: ${info.data.dataDir}`}>
            {info.data.host === 'web' ? 'Web host' : 'Desktop'} · v{info.data.appVersion}
          </span>
        )}
      </header>
      <div className="app-body">
        <ConfigList selectedId={selectedId} selectedName={config?.name ?? null} onSelect={setSelectedId} />
        <ConfigEditorPane session={session} onSaveRequest={requestSave} />
        <aside className="side-pane" aria-label="Tools">
          <Tabs label="Tools" idPrefix="side" items={panels.map((p) => ({ id: p.id, label: p.label, render: () => p.render(ctx) }))} />
        </aside>
      </div>
      {reviewOpen && <p hidden>{/* replaced by the save review */}</p>}
    </div>
  );
}

/** Ctrl+S / Cmd+S anywhere in the window asks for the save review instead of the browser's "Save page". */
function useSaveShortcut(onSave: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
        e.preventDefault();
        onSave();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onSave]);
}
