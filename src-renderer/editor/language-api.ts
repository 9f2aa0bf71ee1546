import type { ModuleCatalog } from '../../src-shared/domain/modules';
import { TomlLanguageService } from '../../src-shared/toml-language/service';
import type { Position } from '../../src-shared/toml-language/document';

/**
 * What the language worker serves: the pure language service behind one catalog. Each request
 * carries the document text (a 3,000-line file is ~100 KB, cloned in well under a millisecond),
 * so the worker keeps no per-editor state that could drift from the editor.
 */
export function createLanguageApi() {
  let service = new TomlLanguageService(null);
  return {
    configure(catalog: ModuleCatalog | null): void {
      service = new TomlLanguageService(catalog);
    },
    complete: (text: string, pos: Position) => service.complete(text, pos),
    hover: (text: string, pos: Position) => service.hover(text, pos),
    diagnose: (text: string) => service.diagnose(text),
    format: (text: string) => service.format(text),
    outline: (text: string) => service.outline(text),
    folding: (text: string) => service.folding(text),
  };
}

export type LanguageApi = ReturnType<typeof createLanguageApi>;

export const LANGUAGE_METHODS: readonly (keyof LanguageApi)[] = ['configure', 'complete', 'hover', 'diagnose', 'format', 'outline', 'folding'];
