/**
 * The only module that imports Monaco. The worker environment is set before any editor exists
 * (without it Vite inlines the worker and Monaco falls back to the main thread, monaco-editor
 * #4045); the lean entry plus `features/register.all` gives every editor feature without the
 * built-in language packs, of which none is TOML anyway.
 */
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';

self.MonacoEnvironment = {
  getWorker(): Worker {
    return new EditorWorker();
  },
};

export { monaco };
