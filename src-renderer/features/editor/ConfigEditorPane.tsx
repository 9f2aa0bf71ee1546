import { TomlEditor } from '../../editor/TomlEditor';
import { ErrorBanner } from '../../ui/ErrorBanner';
import type { EditSession } from './use-edit-session';

interface Props {
  session: EditSession;
  onSaveRequest(): void;
}

/** The selected config in the editor, with its unsaved-change marker and the Save button. */
export function ConfigEditorPane({ session, onSaveRequest }: Props) {
  const { config, dirty } = session;
  return (
    <main className="editor-pane" aria-label="Editor">
      <div className="editor-toolbar">
        {config ? (
          <span className="editor-heading" title={`${config.name} v${config.version} — ${config.title}`}>
            <strong>{config.name}</strong> v{config.version} — {config.title}
            {config.sourcePresetName !== null && <span className="editor-origin"> · from preset {config.sourcePresetName}</span>}
          </span>
        ) : (
          <span className="editor-heading">No config selected</span>
        )}
        {dirty && (
          <span className="unsaved-marker" role="status" title="The editor text differs from the saved version">
            ● Unsaved changes
          </span>
        )}
        <span className="toolbar-spacer" />
        <button type="button" className="button-primary" disabled={!dirty} onClick={onSaveRequest} title="Review and save (Ctrl+S)">
          Save
        </button>
      </div>
      {session.loadError && <ErrorBanner error={session.loadError} />}
      <TomlEditor
        key={session.editorKey}
        value={session.editorValue}
        onChange={session.onEditorChange}
        onSaveRequest={onSaveRequest}
        readOnly={!config}
      />
    </main>
  );
}
