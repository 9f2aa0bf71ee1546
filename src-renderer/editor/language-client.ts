import type { ModuleCatalog } from '../../src-shared/domain/modules';
import { LANGUAGE_METHODS, type LanguageApi } from './language-api';
import LanguageWorker from './language.worker?worker';
import { rpcClient, type RpcClient } from './worker-rpc';

let client: RpcClient<LanguageApi> | null = null;
let catalog: ModuleCatalog | undefined;

/**
 * The page's one language worker (Vite's `?worker` emits it as a same-origin file, as the CSP
 * requires), started on first use and shared by every TOML editor. If it ever fails, its
 * waiting calls are rejected (so no provider hangs) and the next call starts a fresh one.
 */
export function languageClient(): RpcClient<LanguageApi> {
  if (client) return client;
  const worker = new LanguageWorker({ name: 'toml-language' });
  const rpc = rpcClient<LanguageApi>(worker, LANGUAGE_METHODS);
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    console.warn(`TOML language worker failed (${event.message}); starting a new one`);
    worker.terminate();
    if (client === rpc.api) client = null;
    rpc.failPending('it stopped after an error');
  });
  client = rpc.api;
  if (catalog) void client.configure(catalog);
  return client;
}

/** Hands the worker the module catalog its schema features and validation use (once per catalog). */
export function configureLanguage(next: ModuleCatalog): void {
  if (catalog === next) return;
  catalog = next;
  if (client) void client.configure(next);
  else languageClient(); // a new worker is configured with `catalog` as it starts
}
