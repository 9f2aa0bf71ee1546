import { TomlEditor } from '../../editor/TomlEditor';
import { useStudioQuery } from '../../state/studio-provider';
import { ErrorBanner } from '../../ui/ErrorBanner';

/** The selected config's TOML in the editor. */
export function ConfigEditorPane({ configId }: { configId: number | null }) {
  const config = useStudioQuery('configs.get', { id: configId ?? 0 }, { enabled: configId !== null });
  return (
    <main className="editor-pane" aria-label="Editor">
      <div className="editor-toolbar">
        {config.data ? (
          <span className="editor-heading">
            <strong>{config.data.name}</strong> v{config.data.version} — {config.data.title}
          </span>
        ) : (
          <span className="editor-heading">No config selected</span>
        )}
      </div>
      {config.error && <ErrorBanner error={config.error} />}
      <TomlEditor value={config.data?.configToml ?? ''} />
    </main>
  );
}
