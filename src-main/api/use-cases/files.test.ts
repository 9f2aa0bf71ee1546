import { afterEach, describe, expect, it } from 'vitest';
import { StudioError } from '../../../src-shared/api/errors';
import { createVersion, historyOfName, listConfigs } from './configs';
import { exportVersion, importConfigFile } from './files';
import { MAX_TOML_BYTES } from '../../../src-shared/api/schemas/toml-text';
import { checkImportText, decodeImportBytes } from './import-checks';
import { openTestStore } from './test-support';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));
async function fresh() {
  const t = await openTestStore({ seed: false });
  cleanups.push(t.cleanup);
  return t.store;
}
function caught(fn: () => unknown): StudioError {
  try {
    fn();
  } catch (error) {
    return error as StudioError;
  }
  throw new Error('expected a throw');
}
const toml = '# keep me\n[planner]\nmax_depth = 4\n';

describe('export and import', () => {
  it('exports header + TOML, identical on re-export, and imports it back as the next version', async () => {
    const store = await fresh();
    const v1 = createVersion(store, { name: 'swing', title: 'Swing trader', description: 'Fast\nand loose', toml });
    const first = exportVersion(store, v1.id);
    expect(first.fileName).toBe('swing-v1.toml');
    expect(first.text).toBe(
      `# Planner Studio export\n# name: swing\n# title: Swing trader\n# version: 1\n# created: ${v1.createdAt}\n` +
        `# exported: ${v1.createdAt}\n# description: Fast\\nand loose\n# ---\n${toml}`,
    );
    expect(exportVersion(store, v1.id).text).toBe(first.text);

    const v2 = importConfigFile(store, { fileName: '/tmp/swing-v1.toml', text: first.text });
    expect(v2).toMatchObject({ name: 'swing', version: 2, title: 'Swing trader', description: 'Fast\nand loose', configToml: toml });
    expect(v2.note).toBe('Imported from swing-v1.toml (exported swing@1)');
    expect(exportVersion(store, v2.id).text.endsWith(`# ---\n${toml}`)).toBe(true);
  });

  it('takes name and title from the caller over the header, and from the file name without a header', async () => {
    const store = await fresh();
    const renamed = importConfigFile(store, { fileName: 'x.toml', text: toml, name: 'given', title: 'Given title' });
    expect(renamed).toMatchObject({ name: 'given', title: 'Given title', version: 1 });
    const fromFile = importConfigFile(store, { fileName: 'C:\\tmp\\My Strategy-v3.toml', text: toml });
    expect(fromFile).toMatchObject({ name: 'My-Strategy', title: 'My-Strategy' });
  });

  it('refuses invalid TOML with the FILE line (header counted) and stores nothing', async () => {
    const store = await fresh();
    const v1 = createVersion(store, { name: 'a', title: 'A', toml });
    const broken = exportVersion(store, v1.id).text.replace('max_depth = 4', 'max_depth = = 4');
    const error = caught(() => importConfigFile(store, { fileName: 'a.toml', text: broken }));
    expect(error.code).toBe('invalid_config');
    expect(error.file).toBe('a.toml');
    expect(error.problems?.[0]?.range?.line).toBe(11); // line 3 of the TOML after 8 header lines
    expect(error.message).toMatch(/^a\.toml is not a valid strategy at line 11/);
    expect(historyOfName(store, 'a')).toHaveLength(1);
  });

  it('refuses a headerless file whose strategy leaves no room for an export header, so every import exports again', async () => {
    const store = await fresh();
    const filler = `${toml}\n${'#'.repeat(MAX_TOML_BYTES - toml.length - 2)}\n`;
    expect(Buffer.byteLength(filler)).toBe(MAX_TOML_BYTES);
    const error = caught(() => importConfigFile(store, { fileName: 'full.toml', text: filler }));
    expect([error.code, error.message]).toEqual(['invalid_file', 'full.toml: its strategy text is over 5 MB less 16 KB (the room its export header needs).']);
    expect(listConfigs(store)).toEqual([]);
  });

  it('refuses a header description over 2,000 characters (the export header has bounded room)', async () => {
    const store = await fresh();
    const text = `# Planner Studio export\n# name: long\n# title: Long\n# description: ${'d'.repeat(2001)}\n# ---\n${toml}`;
    const error = caught(() => importConfigFile(store, { fileName: 'long.toml', text }));
    expect([error.code, error.message]).toEqual([
      'invalid_file',
      'long.toml: the description in its header is not usable (a description is limited to 2,000 characters).',
    ]);
    expect(listConfigs(store)).toEqual([]);
  });

  it('refuses a name that cannot be a config name', async () => {
    const store = await fresh();
    const error = caught(() => importConfigFile(store, { fileName: '###.toml', text: toml }));
    expect(error.code).toBe('invalid_file');
    expect(listConfigs(store)).toEqual([]);
  });
});

describe('import file checks', () => {
  it('refuses files over 5 MB', () => {
    const big = new Uint8Array(MAX_TOML_BYTES + 1).fill(0x23);
    expect(caught(() => decodeImportBytes('big.toml', big)).message).toBe('big.toml is 5.0 MB; files over 5 MB are refused.');
    expect(caught(() => checkImportText('big.toml', '#'.repeat(MAX_TOML_BYTES + 1))).code).toBe('invalid_file');
    expect(decodeImportBytes('ok.toml', new Uint8Array(MAX_TOML_BYTES).fill(0x23)).length).toBe(MAX_TOML_BYTES);
  });

  it('refuses binary files', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(caught(() => decodeImportBytes('logo.png', png)).message).toMatch(/^logo\.png is a binary file, not text \(a NUL byte at offset 8\)/);
    expect(caught(() => checkImportText('x.toml', 'a = 1\n\0')).message).toMatch(/NUL byte at line 2, column 1/);
    expect(caught(() => checkImportText('x.toml', '\x01\x02\x03\x04abc')).message).toMatch(/control characters/);
  });

  it('refuses text that is not UTF-8, from bytes and from decoded text', () => {
    const latin1 = Uint8Array.from([0x23, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]); // "# café" in Latin-1
    expect(caught(() => decodeImportBytes('latin.toml', latin1)).message).toBe(
      'latin.toml is not UTF-8 text; save it as UTF-8 and import it again.',
    );
    expect(caught(() => checkImportText('latin.toml', '# caf\uFFFD\n')).message).toMatch(/invalid byte at line 1, column 6/);
  });

  it('accepts UTF-8 with a BOM and drops the BOM', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from('# é\n')]);
    expect(decodeImportBytes('bom.toml', bytes)).toBe('# é\n');
  });
});
