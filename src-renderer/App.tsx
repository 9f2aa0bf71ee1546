import { useState } from 'react';
import { ConfigList } from './features/config-list/ConfigList';
import { ConfigEditorPane } from './features/editor/ConfigEditorPane';
import { useStudioQuery } from './state/studio-provider';

export function App() {
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const info = useStudioQuery('system.info', {});
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
        <ConfigList selectedId={selectedId} onSelect={setSelectedId} />
        <ConfigEditorPane configId={selectedId} />
      </div>
    </div>
  );
}
