/// <reference lib="webworker" />
import { createLanguageApi } from './language-api';
import { serveRpc } from './worker-rpc';

/** The editor's language worker: schema features and validation off the UI thread. */
serveRpc(self as unknown as DedicatedWorkerGlobalScope, createLanguageApi());
