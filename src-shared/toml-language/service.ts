import { catalogToJsonSchema, type JsonSchemaObject } from '../config/json-schema';
import type { ModuleCatalog } from '../domain/modules';
import { complete, type CompletionEntry } from './complete';
import { diagnose, type Diagnostic } from './diagnose';
import { TomlDocument, type Position } from './document';
import { foldingRanges, type FoldingRange } from './folding';
import { formatToml } from './format';
import { hover, type HoverInfo } from './hover';
import { outline, type OutlineSymbol } from './outline';

const NO_MODULES: ModuleCatalog = { engineVersion: '', planner: {}, modules: [] };

/**
 * The TOML language service for one catalog: every editor feature as a pure function of the
 * document text. The editor's Web Worker hosts it; the CLI and the tests call it directly.
 * The last few document versions are kept parsed, so requests on one version share the work.
 */
export class TomlLanguageService {
  readonly schema: JsonSchemaObject;
  private readonly docs = new Map<string, TomlDocument>();

  /** Without a catalog (not loaded yet) only syntax errors are reported and nothing is offered. */
  constructor(readonly catalog: ModuleCatalog | null) {
    this.schema = catalog ? catalogToJsonSchema(catalog) : {};
  }

  document(text: string): TomlDocument {
    let doc = this.docs.get(text);
    if (!doc) {
      doc = new TomlDocument(text);
      if (this.docs.size >= 4) this.docs.delete(this.docs.keys().next().value!);
      this.docs.set(text, doc);
    }
    return doc;
  }

  complete(text: string, pos: Position): CompletionEntry[] {
    return complete(this.document(text), this.schema, pos);
  }

  hover(text: string, pos: Position): HoverInfo | null {
    return hover(this.document(text), this.schema, pos);
  }

  diagnose(text: string): Diagnostic[] {
    if (!this.catalog) return diagnose(this.document(text), NO_MODULES, this.schema).filter((d) => d.problem.code === 'syntax');
    return diagnose(this.document(text), this.catalog, this.schema);
  }

  format(text: string): string | null {
    return formatToml(text);
  }

  outline(text: string): OutlineSymbol[] {
    return outline(this.document(text));
  }

  folding(text: string): FoldingRange[] {
    return foldingRanges(this.document(text));
  }
}
