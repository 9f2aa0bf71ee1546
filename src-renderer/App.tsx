import { useCallback, useEffect, useRef, useState } from 'react';
import { ConfigList } from './features/config-list/ConfigList';
import { DraftNotice } from './features/drafts/DraftNotice';
import { useDraft } from './features/drafts/use-draft';
import { ConfigEditorPane } from './features/editor/ConfigEditorPane';
import { useFileActions } from './features/files/use-file-actions';
import { useEditSession } from './features/editor/use-edit-session';
import { panels, type PanelContext } from './features/panels';
import { SaveReview } from './features/save-review/SaveReview';
import { ModuleReferenceDialog } from './features/shell/ModuleReferenceDialog';
import { NoticeBar } from './features/shell/NoticeBar';
import { useEventLogCapture } from './features/activity/event-log';
import { applyTheme, storedTheme } from './features/shell/theme';
import { useMenuCommands } from './features/shell/use-menu-commands';
import { useStudioQuery } from './state/studio-provider';
import { Tabs } from './ui/Tabs';

/** Tabs the desktop menu's Planner commands open. */
const MENU_TABS = { 'planner.dryRun': 'dry-run', 'planner.plan': 'compare', 'planner.compare': 'compare', 'planner.sweep': 'sweep' } as const;

export function App() {
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [reviewOpen, setReviewOpen] = useState(false);
  const [activeTab, setActiveTab] = useState(panels[0]?.id ?? '');
  const [referenceOpen, setReferenceOpen] = useState(false);
  const info = useStudioQuery('system.info', {});
  // The Activity tab shows planner events from app start, whichever tab is open.
  useEventLogCapture();
  const session = useEditSession(selectedId);
  const draft = useDraft(session);
  const { config, replaceBuffer } = session;
  const files = useFileActions(config, setSelectedId);
  useFollowActiveVersion(config?.name ?? null, session.dirty, setSelectedId);

  useEffect(() => applyTheme(storedTheme()), []);
  useEffect(() => {
    document.title = config ? `${session.dirty ? '• ' : ''}${config.name} v${config.version} — Planner Studio` : 'Planner Studio';
  }, [config, session.dirty]);
  // Only with a config loaded: a request made before would open the review once one loads.
  const requestSave = useCallback(() => {
    if (config) setReviewOpen(true);
  }, [config]);
  useSaveShortcut(requestSave);
  const openTab = (id: string) => panels.some((p) => p.id === id) && setActiveTab(id);
  useMenuCommands({
    'file.new': () => openTab('presets'),
    'file.open': files.startImport,
    'file.openRecent': (e) => e.path && files.importRecent(e.path),
    'file.export': files.exportCurrent,
    'file.clone': files.startClone,
    'file.save': requestSave,
    'view.themeLight': () => applyTheme('light'),
    'view.themeDark': () => applyTheme('dark'),
    'view.themeSystem': () => applyTheme('system'),
    'planner.dryRun': () => openTab(MENU_TABS['planner.dryRun']),
    'planner.plan': () => openTab(MENU_TABS['planner.plan']),
    'planner.compare': () => openTab(MENU_TABS['planner.compare']),
    'planner.sweep': () => openTab(MENU_TABS['planner.sweep']),
    'help.moduleReference': () => setReferenceOpen(true),
  });

  const ctx: PanelContext = {
    config,
    buffer: session.buffer,
    openEdit: (text) => {
      replaceBuffer(text);
      setReviewOpen(true);
    },
    selectConfig: setSelectedId,
  };

  return (
    <div className="app" data-ready={info.isSuccess ? 'true' : 'false'}>
      <header className="app-header">
        <span className="app-title">Planner Studio</span>
        <div className="file-actions" role="group" aria-label="File">
          <button type="button" onClick={files.startImport}>
            Import…
          </button>
          <button type="button" onClick={files.exportCurrent} disabled={!config} title="Export the saved version with its metadata header">
            Export
          </button>
          <button type="button" onClick={files.startClone} disabled={!config}>
            Clone…
          </button>
        </div>
        <button type="button" className="header-link" onClick={() => setReferenceOpen(true)}>
          Module reference
        </button>
        {info.data && (
          <span className="app-host" title={`Data folder: ${info.data.dataDir}`}>
            {info.data.host === 'web' ? 'Web host' : 'Desktop'} · v{info.data.appVersion}
          </span>
        )}
      </header>
      <NoticeBar />
      <div className="app-body">
        <ConfigList selectedId={selectedId} selectedName={config?.name ?? null} unsavedName={session.dirty ? (config?.name ?? null) : null} onSelect={setSelectedId} />
        <div className="editor-column">
          {files.elements}
          <DraftNotice draft={draft} config={config} buffer={session.buffer} />
          <ConfigEditorPane session={session} onSaveRequest={requestSave} />
        </div>
        <aside className="side-pane" aria-label="Tools">
          <Tabs
            label="Tools"
            idPrefix="side"
            active={activeTab}
            onSelect={setActiveTab}
            items={panels.map((p) => ({ id: p.id, label: p.label, render: () => p.render(ctx) }))}
          />
        </aside>
      </div>
      {referenceOpen && <ModuleReferenceDialog onClose={() => setReferenceOpen(false)} />}
      {reviewOpen && config && (
        <SaveReview
          config={config}
          buffer={session.buffer}
          onClose={() => setReviewOpen(false)}
          onSaved={(created) => {
            draft.saved();
            setReviewOpen(false);
            setSelectedId(created.id);
          }}
        />
      )}
    </div>
  );
}

/**
 * When the edited config gets a new active version from elsewhere (a restore, an import, the
 * CLI) and the editor holds no unsaved text, open the new active version.
 */
function useFollowActiveVersion(name: string | null, dirty: boolean, select: (id: number) => void) {
  const list = useStudioQuery('configs.list', {});
  const activeId = list.data?.find((c) => c.name === name)?.id ?? null;
  const seen = useRef<{ name: string | null; activeId: number | null }>({ name, activeId });
  useEffect(() => {
    const before = seen.current;
    seen.current = { name, activeId };
    if (before.name === name && activeId !== null && before.activeId !== null && activeId !== before.activeId && !dirty) select(activeId);
  }, [name, activeId, dirty, select]);
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
