import { parse, TomlError } from 'smol-toml';
import { MODULE_KINDS, SECTION_OF_KIND, type ModuleCatalog, type ModuleKind, type ParamSpec, type ParamSpecs, type ParamValue } from '../domain/modules';
import type { ConfigProblem, ProblemCode, ProblemSeverity, SourceRange } from '../domain/problems';
import { locateKey, locateValue, scanToml, type TomlScan } from '../toml/scan';
import { closest } from './did-you-mean';
import type { ModuleConfig, ParamValues, StrategyConfig } from './strategy';

/**
 * Strategy file → configuration, with every problem at once (domain.md §5): TOML syntax, unknown
 * sections/modules/keys (with "did you mean"), types, ranges, finite numbers, enums, the
 * cross-checks of the source validator (§5.8) and dependency/performance warnings (§3.5).
 * Pure (no Node), so the editor runs the same code for its diagnostics. `config` is null when
 * there is any error; warnings leave it usable.
 */
export function validateStrategy(text: string, catalog: ModuleCatalog): { config: StrategyConfig | null; problems: ConfigProblem[] } {
  let doc: Record<string, unknown>;
  try {
    doc = parse(text) as Record<string, unknown>;
  } catch (error) {
    return { config: null, problems: [syntaxProblem(error)] };
  }
  return new Validator(text, catalog).run(doc);
}

function syntaxProblem(error: unknown): ConfigProblem {
  if (error instanceof TomlError) {
    const message = (error.message.split('\n')[0] ?? 'Invalid TOML').replace(/^Invalid TOML document: /, '');
    return {
      severity: 'error',
      code: 'syntax',
      path: [],
      message: `TOML syntax error at line ${error.line}, column ${error.column}: ${message}`,
      range: { line: error.line, column: error.column, endLine: error.line, endColumn: error.column + 1 },
    };
  }
  return { severity: 'error', code: 'syntax', path: [], message: `TOML could not be read: ${String(error)}` };
}

const SECTIONS = ['planner', ...MODULE_KINDS.map((k) => SECTION_OF_KIND[k])];
const MODULE_KEYS = ['enabled', 'params'];

function isTable(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === null || proto === Object.prototype; // smol-toml tables have a null prototype; dates do not
}

function describe(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return 'an array';
  if (isTable(v)) return 'a table';
  if (typeof v === 'object' && v !== null) return 'a date/time';
  return String(v);
}

function typeName(spec: ParamSpec): string {
  switch (spec.type) {
    case 'number':
      return 'a number';
    case 'integer':
      return 'an integer';
    case 'boolean':
      return 'true or false';
    case 'string':
      return 'a string';
    case 'number[]':
      return 'an array of numbers';
    case 'string[]':
      return 'an array of strings';
  }
}

class Validator {
  private readonly problems: ConfigProblem[] = [];
  private scanCache: TomlScan | undefined;

  constructor(
    private readonly text: string,
    private readonly catalog: ModuleCatalog,
  ) {}

  private get scan(): TomlScan {
    this.scanCache ??= scanToml(this.text);
    return this.scanCache;
  }

  private add(
    severity: ProblemSeverity,
    code: ProblemCode,
    path: string[],
    message: string,
    at: 'key' | 'value' = 'key',
    suggestion?: string,
    fallbackRange?: SourceRange,
  ): void {
    const range: SourceRange | undefined = (at === 'value' ? locateValue(this.scan, path) : locateKey(this.scan, path)) ?? fallbackRange;
    const problem: ConfigProblem = { severity, code, path, message };
    if (range) problem.range = range;
    if (suggestion !== undefined && range) {
      // A TOML string value arrives already quoted; a key does not.
      const shown = suggestion.startsWith('"') ? suggestion : `"${suggestion}"`;
      problem.suggestion = { label: `Replace with ${shown}`, replacement: suggestion, range };
    }
    this.problems.push(problem);
  }

  run(doc: Record<string, unknown>): { config: StrategyConfig | null; problems: ConfigProblem[] } {
    for (const key of Object.keys(doc)) {
      if (SECTIONS.includes(key)) continue;
      const guess = closest(key, SECTIONS);
      const hint = guess ? `; did you mean [${guess}]?` : `; known sections: ${SECTIONS.map((s) => `[${s}]`).join(', ')}`;
      if (isTable(doc[key])) this.add('error', 'unknown_section', [key], `Unknown section [${key}]${hint}`, 'key', guess);
      else this.add('error', 'unknown_key', [key], `Unknown top-level key "${key}": settings belong in [planner]${guess ? hint : ''}`, 'key', guess);
    }
    const planner = this.plannerSection(doc.planner);
    const modules = {} as Record<ModuleKind, ModuleConfig[]>;
    for (const kind of MODULE_KINDS) modules[kind] = this.kindSection(kind, doc[SECTION_OF_KIND[kind]]);
    const config: StrategyConfig = { planner, modules };
    this.crossChecks(config);
    const hasError = this.problems.some((p) => p.severity === 'error');
    return { config: hasError ? null : config, problems: this.problems };
  }

  private plannerSection(raw: unknown): ParamValues {
    const specs = this.catalog.planner;
    const values: ParamValues = Object.fromEntries(Object.entries(specs).map(([k, s]) => [k, s.default]));
    if (raw === undefined) {
      this.problems.push({ severity: 'error', code: 'missing_required', path: ['planner'], message: 'The [planner] section is missing; every strategy file starts with it.' });
      return values;
    }
    if (!isTable(raw)) {
      this.add('error', 'wrong_type', ['planner'], '[planner] must be a table', 'value');
      return values;
    }
    Object.assign(values, this.params(['planner'], raw, specs));
    return values;
  }

  /** Checks every key of a params table against the specs; returns the valid values. */
  private params(path: string[], raw: Record<string, unknown>, specs: ParamSpecs): ParamValues {
    const out: ParamValues = {};
    for (const [key, value] of Object.entries(raw)) {
      const spec = specs[key];
      const keyPath = [...path, key];
      if (!spec) {
        const guess = closest(key, Object.keys(specs));
        const known = Object.keys(specs);
        const hint = guess
          ? `; did you mean "${guess}"?`
          : known.length === 0
            ? '; this module takes no params'
            : known.length <= 8
              ? `; known keys: ${known.join(', ')}`
              : '';
        this.add('error', 'unknown_key', keyPath, `${keyPath.join('.')}: unknown key "${key}"${hint}`, 'key', guess);
        continue;
      }
      const checked = this.value(keyPath, value, spec);
      if (checked !== undefined) out[key] = checked;
    }
    return out;
  }

  private value(path: string[], v: unknown, spec: ParamSpec): ParamValue | undefined {
    const where = path.join('.');
    const wrong = () => {
      this.add('error', 'wrong_type', path, `${where}: expected ${typeName(spec)}, got ${describe(v)}`, 'value');
      return undefined;
    };
    const checkNumber = (x: number, label: string): boolean => {
      if (!Number.isFinite(x)) {
        this.add('error', 'not_finite', path, `${where}: ${label}${x} is not a finite number`, 'value');
        return false;
      }
      if (spec.min !== undefined && x < spec.min) {
        this.add('error', 'out_of_range', path, `${where}: ${label}${x} is below the minimum ${spec.min}`, 'value');
        return false;
      }
      if (spec.max !== undefined && x > spec.max) {
        this.add('error', 'out_of_range', path, `${where}: ${label}${x} is above the maximum ${spec.max}`, 'value');
        return false;
      }
      return true;
    };
    const checkEnum = (s: string, label: string): boolean => {
      if (spec.enum && !spec.enum.includes(s)) {
        const guess = closest(s, spec.enum);
        this.add(
          'error',
          'not_in_enum',
          path,
          `${where}: ${label}"${s}" is not one of ${spec.enum.map((e) => `"${e}"`).join(', ')}${guess ? `; did you mean "${guess}"?` : ''}`,
          'value',
          guess === undefined ? undefined : JSON.stringify(guess),
        );
        return false;
      }
      return true;
    };
    switch (spec.type) {
      case 'number':
        if (typeof v !== 'number') return wrong();
        return checkNumber(v, '') ? v : undefined;
      case 'integer':
        if (typeof v !== 'number') return wrong();
        if (Number.isFinite(v) && !Number.isInteger(v)) {
          this.add('error', 'wrong_type', path, `${where}: expected an integer, got ${v}`, 'value');
          return undefined;
        }
        return checkNumber(v, '') ? v : undefined;
      case 'boolean':
        return typeof v === 'boolean' ? v : wrong();
      case 'string':
        if (typeof v !== 'string') return wrong();
        return checkEnum(v, '') ? v : undefined;
      case 'number[]': {
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'number')) return wrong();
        const ok = (v as number[]).every((x, i) => checkNumber(x, `element ${i + 1} = `));
        return ok ? (v as number[]) : undefined;
      }
      case 'string[]': {
        if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) return wrong();
        const ok = (v as string[]).every((x, i) => checkEnum(x, `element ${i + 1} = `));
        return ok ? (v as string[]) : undefined;
      }
    }
  }

  private kindSection(kind: ModuleKind, raw: unknown): ModuleConfig[] {
    const section = SECTION_OF_KIND[kind];
    const known = this.catalog.modules.filter((m) => m.meta.kind === kind);
    const written: Record<string, unknown> = {};
    if (raw !== undefined && !isTable(raw)) this.add('error', 'wrong_type', [section], `[${section}] must be a table of modules`, 'value');
    else if (raw) Object.assign(written, raw);
    const names = known.map((m) => m.meta.name);
    for (const name of Object.keys(written)) {
      if (names.includes(name)) continue;
      const guess = closest(name, names);
      const hint = guess ? `; did you mean "${guess}"?` : `; known: ${names.join(', ')}`;
      this.add('error', 'unknown_module', [section, name], `Unknown module "${name}" in [${section}]${hint}`, 'key', guess);
    }
    return known.map((m) => {
      const name = m.meta.name;
      const config: ModuleConfig = { name, kind, enabled: true, params: {} };
      const body = written[name];
      if (body === undefined) return config;
      const path = [section, name];
      if (!isTable(body)) {
        this.add('error', 'wrong_type', path, `${path.join('.')}: expected a table with "enabled" and "params", got ${describe(body)}`, 'value');
        return config;
      }
      for (const key of Object.keys(body)) {
        if (MODULE_KEYS.includes(key)) continue;
        const inParams = m.params[key] !== undefined;
        const guess = inParams ? undefined : closest(key, MODULE_KEYS);
        const hint = inParams ? `; module parameters go in [${section}.${name}.params]` : guess ? `; did you mean "${guess}"?` : '; a module table holds only "enabled" and "params"';
        this.add('error', 'unknown_key', [...path, key], `${[...path, key].join('.')}: unknown key "${key}"${hint}`, 'key', guess);
      }
      if (body.enabled !== undefined) {
        if (typeof body.enabled === 'boolean') config.enabled = body.enabled;
        else this.add('error', 'wrong_type', [...path, 'enabled'], `${path.join('.')}.enabled: expected true or false, got ${describe(body.enabled)}`, 'value');
      }
      if (body.params !== undefined) {
        if (isTable(body.params)) config.params = this.params([...path, 'params'], body.params, m.params);
        else this.add('error', 'wrong_type', [...path, 'params'], `${path.join('.')}.params: expected a table, got ${describe(body.params)}`, 'value');
      }
      return config;
    });
  }

  private crossChecks(config: StrategyConfig): void {
    const p = config.planner;
    const enabled = (kind: ModuleKind) => config.modules[kind].filter((m) => m.enabled);
    const isOn = (kind: ModuleKind, name: string) => enabled(kind).some((m) => m.name === name);
    if (p.allow_buy === false && p.allow_sell === false) {
      this.add('error', 'dependency', ['planner', 'allow_sell'], 'planner: allow_buy and allow_sell are both false, so no plan can contain any action', 'value');
    }
    if (typeof p.transaction_cost_percent === 'number' && p.transaction_cost_percent > 0.01) {
      this.add('warning', 'out_of_range', ['planner', 'transaction_cost_percent'], `planner.transaction_cost_percent: ${p.transaction_cost_percent} (${(p.transaction_cost_percent * 100).toFixed(2)}% per trade) is unusually high`, 'value');
    }
    if (enabled('calculator').length === 0) this.add('warning', 'dependency', ['opportunity_calculators'], 'No opportunity calculator is enabled: the planner will find no candidates');
    if (enabled('pattern').length === 0 && enabled('sequence_generator').length === 0) {
      this.add('warning', 'dependency', ['pattern_generators'], 'No pattern or sequence generator is enabled: the planner will build no sequences');
    }
    for (const kind of MODULE_KINDS) {
      for (const m of enabled(kind)) {
        const meta = this.catalog.modules.find((d) => d.meta.kind === kind && d.meta.name === m.name)?.meta;
        for (const dep of meta?.dependencies ?? []) {
          const candidates = enabled(dep.kind).filter((x) => !dep.anyOf || dep.anyOf.length === 0 || dep.anyOf.includes(x.name));
          if (candidates.length > 0) continue;
          const names = dep.anyOf ?? [];
          const wanted = names.length === 0 ? `any ${SECTION_OF_KIND[dep.kind]} module` : names.length === 1 ? names[0] : `one of ${names.join(', ')}`;
          // A module left out of the file has no place of its own: point at what disabled the dependency.
          const disabledAt = names.map((n) => locateValue(this.scan, [SECTION_OF_KIND[dep.kind], n, 'enabled'])).find((r) => r !== undefined);
          this.add('warning', 'dependency', [SECTION_OF_KIND[kind], m.name], `${SECTION_OF_KIND[kind]}.${m.name}: ${dep.reason} (enable ${wanted})`, 'key', undefined, disabledAt);
        }
      }
    }
    if (isOn('filter', 'diversity') && p.enable_diverse_selection === false) {
      this.add('warning', 'dependency', ['planner', 'enable_diverse_selection'], 'The diversity filter is enabled while planner.enable_diverse_selection is false; candidates are picked by priority only', 'value');
    }
    const sellCalcs = ['profit_taking', 'rebalance_sells', 'weight_based'].filter((n) => isOn('calculator', n));
    if (p.allow_sell === false && sellCalcs.length > 0) {
      this.add('warning', 'dependency', ['planner', 'allow_sell'], `planner.allow_sell is false, so the sells of ${sellCalcs.join(', ')} are dropped`, 'value');
    }
    const buyCalcs = ['averaging_down', 'opportunity_buys', 'rebalance_buys', 'weight_based'].filter((n) => isOn('calculator', n));
    if (p.allow_buy === false && buyCalcs.length > 0) {
      this.add('warning', 'dependency', ['planner', 'allow_buy'], `planner.allow_buy is false, so the buys of ${buyCalcs.join(', ')} are dropped`, 'value');
    }
    for (const kind of MODULE_KINDS) {
      for (const m of enabled(kind)) {
        for (const key of ['max_depth', 'max_steps']) {
          const v = m.params[key];
          if (typeof v === 'number' && typeof p.max_depth === 'number' && v > p.max_depth) {
            const path = [SECTION_OF_KIND[kind], m.name, 'params', key];
            this.add('warning', 'out_of_range', path, `${path.join('.')} = ${v} exceeds planner.max_depth = ${p.max_depth}; plans are capped at ${p.max_depth} actions`, 'value');
          }
        }
      }
    }
    const patterns = enabled('pattern').length;
    if (typeof p.max_depth === 'number' && p.max_depth >= 7 && patterns >= 10) {
      this.add('warning', 'performance', ['planner', 'max_depth'], `planner.max_depth = ${p.max_depth} with ${patterns} patterns enabled generates many sequences; planning may be slow (recommended max 7)`, 'value');
    }
    for (const name of ['combinatorial', 'enhanced_combinatorial']) {
      const m = config.modules.sequence_generator.find((x) => x.name === name);
      const combos = m?.params.max_combinations;
      if (m?.enabled && typeof combos === 'number' && combos > 100) {
        this.add('warning', 'performance', ['sequence_generators', name, 'params', 'max_combinations'], `sequence_generators.${name}.params.max_combinations = ${combos} (> 100) makes evaluation slower`, 'value');
      }
    }
  }
}
