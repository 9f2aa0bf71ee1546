import { createRoot } from 'react-dom/client';
import { createStudioClient } from '../src-shared/api/client';
import { App } from './App';
import { pickTransport } from './platform/pick-transport';
import { createQueryClient, QueryClientProvider, StudioProvider } from './state/studio-provider';
import './styles.css';

const root = createRoot(document.getElementById('root')!);
try {
  const client = createStudioClient(pickTransport());
  root.render(
    <QueryClientProvider client={createQueryClient()}>
      <StudioProvider client={client}>
        <App />
      </StudioProvider>
    </QueryClientProvider>,
  );
} catch (error) {
  root.render(
    <main className="fatal" role="alert">
      <h1>Planner Studio cannot start</h1>
      <p>{(error as Error).message}</p>
    </main>,
  );
}
