import { StudioError } from '../../../src-shared/api/errors';
import { MAX_TOML_TEXT_BYTES, utf8Length } from '../../../src-shared/api/schemas/toml-text';
import { configDescriptionSchema, configNameSchema, configTitleSchema, type ConfigVersion } from '../../../src-shared/api/schemas/configs';
import { readExport, writeExport } from '../../../src-shared/config/export-header';
import type { ConfigProblem } from '../../../src-shared/domain/problems';
import { findActiveHead } from '../../store/repos/configs';
import { createVersion, getVersion } from './configs';
import { assertValid } from './invalid-config';
import type { StoreService } from './store-service';

/** `default@3.toml` would do, but `@` trips some shells and sync tools; `default-v3.toml` does not. */
export function exportFileName(version: ConfigVersion): string {
  return `${version.name}-v${version.version}.toml`;
}

/** The file for a version: header + TOML; the same bytes every time for the same version. */
export function exportVersion(store: StoreService, id: number): { fileName: string; text: string } {
  const version = getVersion(store, id);
  const text = writeExport(
    {
      name: version.name,
      title: version.title,
      version: version.version,
      created: version.createdAt,
      exported: version.createdAt,
      description: version.description,
    },
    version.configToml,
  );
  return { fileName: exportFileName(version), text };
}

function shift(problems: ConfigProblem[], lines: number): ConfigProblem[] {
  if (lines === 0) return problems;
  const move = <R extends { line: number; endLine: number }>(r: R): R => ({ ...r, line: r.line + lines, endLine: r.endLine + lines });
  return problems.map((p) => ({
    ...p,
    ...(p.range === undefined ? {} : { range: move(p.range) }),
    ...(p.suggestion === undefined ? {} : { suggestion: { ...p.suggestion, range: move(p.suggestion.range) } }),
  }));
}

function nameFromFile(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.toml$/i, '').replace(/-v\d+$/, '');
  return base.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 80);
}

export interface ImportInput {
  fileName: string;
  /** Text already checked for size, binary content and encoding (import-checks.ts). */
  text: string;
  name?: string;
  title?: string;
}

/**
 * Import: header fields fill in what the caller did not give (then the file name), the TOML is
 * validated, and it is stored as the next version of that name. Anything invalid is refused
 * with problems located in the FILE's lines (header included) and nothing is stored.
 */
export function importConfigFile(store: StoreService, input: ImportInput): ConfigVersion {
  const parsed = readExport(input.text);
  const name = input.name ?? parsed.header.name ?? nameFromFile(input.fileName);
  const nameCheck = configNameSchema.safeParse(name);
  if (!nameCheck.success) {
    throw new StudioError(
      'invalid_file',
      `${input.fileName}: "${name}" cannot be a config name (${nameCheck.error.issues[0]?.message}); give one with a name.`,
      { file: input.fileName, field: 'name' },
    );
  }
  // An existing name keeps its title unless the file or the caller brings one.
  const existingTitle = store.db.read((sql) => findActiveHead(sql, name))?.title;
  const title = input.title ?? parsed.header.title ?? existingTitle ?? name;
  const titleCheck = configTitleSchema.safeParse(title);
  if (!titleCheck.success) {
    throw new StudioError('invalid_file', `${input.fileName}: the title is not usable (${titleCheck.error.issues[0]?.message}).`, {
      file: input.fileName,
      field: 'title',
    });
  }
  const descriptionCheck = configDescriptionSchema.optional().safeParse(parsed.header.description);
  if (!descriptionCheck.success) {
    throw new StudioError('invalid_file', `${input.fileName}: the description in its header is not usable (${descriptionCheck.error.issues[0]?.message}).`, {
      file: input.fileName,
      field: 'description',
    });
  }
  if (utf8Length(parsed.toml) > MAX_TOML_TEXT_BYTES) {
    // A file without a header may fill its 5 MB with strategy; the text must leave room for one.
    throw new StudioError('invalid_file', `${input.fileName}: its strategy text is over 5 MB less 16 KB (the room its export header needs).`, {
      file: input.fileName,
    });
  }
  assertValid(shift(store.validate(parsed.toml), parsed.lineOffset), input.fileName, input.fileName);
  const origin = parsed.header.name !== undefined && parsed.header.version !== undefined ? ` (exported ${parsed.header.name}@${parsed.header.version})` : '';
  return createVersion(store, {
    name,
    toml: parsed.toml,
    title: titleCheck.data,
    ...(parsed.header.description === undefined ? {} : { description: parsed.header.description }),
    note: `Imported from ${input.fileName.replace(/^.*[\\/]/, '')}${origin}`,
  }, { supersedesDraft: false });
}
