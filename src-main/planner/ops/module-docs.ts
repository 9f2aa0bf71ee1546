import {
  MODULE_KINDS,
  SECTION_OF_KIND,
  type ModuleCatalog,
  type ModuleDescriptor,
  type ModuleKind,
  type ParamSpec,
  type ParamSpecs,
} from '../../../src-shared/domain/modules';

const KIND_TITLE: Readonly<Record<ModuleKind, string>> = {
  calculator: 'Opportunity calculators',
  pattern: 'Pattern generators',
  sequence_generator: 'Sequence generators',
  filter: 'Filters',
};

/** Table cells may not contain a pipe or a line break. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function value(v: ParamSpec['default']): string {
  return `\`${Array.isArray(v) ? `[${v.map((x) => JSON.stringify(x)).join(', ')}]` : JSON.stringify(v)}\``;
}

function range(spec: ParamSpec): string {
  if (spec.enum !== undefined) return spec.enum.map((e) => `\`${e}\``).join(', ');
  if (spec.min === undefined && spec.max === undefined) return '—';
  return `${spec.min ?? '−∞'} … ${spec.max ?? '∞'}`;
}

function paramTable(params: ParamSpecs): string[] {
  const names = Object.keys(params);
  if (names.length === 0) return ['No parameters.'];
  return [
    '| parameter | type | default | range | unit | description |',
    '|---|---|---|---|---|---|',
    ...names.map((name) => {
      const p = params[name]!;
      return `| \`${name}\` | ${p.type} | ${value(p.default)} | ${range(p)} | ${p.unit ?? ''} | ${cell(p.description)} |`;
    }),
  ];
}

function moduleSection(m: ModuleDescriptor): string[] {
  const { meta } = m;
  const source = meta.source.type === 'builtin' ? 'built in' : `plugin \`${meta.source.plugin}\``;
  const deps =
    meta.dependencies.length === 0
      ? []
      : [
          '',
          'Dependencies:',
          ...meta.dependencies.map(
            (d) => `- ${d.kind}${d.anyOf && d.anyOf.length > 0 ? ` (any of ${d.anyOf.map((n) => `\`${n}\``).join(', ')})` : ''}: ${d.reason}`,
          ),
        ];
  return [
    `### \`${meta.name}\``,
    '',
    meta.description,
    '',
    `Version ${meta.version} · author ${meta.author} · ${source}${meta.tags.length > 0 ? ` · tags: ${meta.tags.join(', ')}` : ''}`,
    '',
    `TOML: \`[${SECTION_OF_KIND[meta.kind]}.${meta.name}]\`, parameters under \`[${SECTION_OF_KIND[meta.kind]}.${meta.name}.params]\`.`,
    ...deps,
    '',
    ...paramTable(m.params),
    '',
  ];
}

/**
 * The Markdown reference of every module, generated from the registries' catalog (plugins
 * included), so the docs can never disagree with validation, the schema or completion.
 */
export function renderModuleDocs(catalog: ModuleCatalog): string {
  const lines = [
    '# Planner module reference',
    '',
    `Generated from the planner's registries (engine ${catalog.engineVersion}) by \`npm run docs\`; do not edit by hand.`,
    '',
    '## `[planner]`',
    '',
    ...paramTable(catalog.planner),
    '',
  ];
  for (const kind of MODULE_KINDS) {
    const modules = catalog.modules.filter((m) => m.meta.kind === kind);
    lines.push(`## ${KIND_TITLE[kind]} (\`[${SECTION_OF_KIND[kind]}]\`)`, '');
    if (modules.length === 0) lines.push('None registered.', '');
    for (const m of modules) lines.push(...moduleSection(m));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
