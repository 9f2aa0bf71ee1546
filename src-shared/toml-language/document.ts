import { scanToml, type TomlScan } from '../toml/scan';

/** 1-based line and column, as in `SourceRange` and Monaco. */
export interface Position {
  line: number;
  column: number;
}

/**
 * One version of a TOML text with its lines and structural scan computed once, so a burst of
 * requests on the same version (completion, hover, outline) does the work once.
 */
export class TomlDocument {
  private scanned: TomlScan | undefined;
  private split: string[] | undefined;

  constructor(readonly text: string) {}

  get scan(): TomlScan {
    this.scanned ??= scanToml(this.text);
    return this.scanned;
  }

  get lines(): string[] {
    this.split ??= this.text.split(/\r?\n|\r/);
    return this.split;
  }

  lineText(line: number): string {
    return this.lines[line - 1] ?? '';
  }
}
