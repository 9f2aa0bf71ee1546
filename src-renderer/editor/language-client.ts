import type { ModuleCatalog } from '../../src-shared/domain/modules';
import { LANGUAGE_METHODS, type LanguageApi } from './language-api';
import LanguageWorker from './language.worker?worker';
import { rpcClient, type RpcClient } from './worker-rpc';

let client: RpcClient<LanguageApi> | null = null;
let configured: ModuleCatalog | undefined;

/**
 * The page's one language worker (Vite's `?worker` emits it as a same-origin file, as the CSP
 * requires), started on first use and shared by every TOML editor.
 */
export function languageClient(): RpcClient<LanguageApi> {
  client ??= rpcClient<LanguageApi>(new LanguageWorker({ name: 'toml-language' }), LANGUAGE_METHODS);
  return client;
}

/** Hands the worker the module catalog its schema features and validation use (once per catalog). */
export function configureLanguage(catalog: ModuleCatalog): void {
  if (configured === catalog) return;
  configured = catalog;
  void languageClient().configure(catalog);
}
