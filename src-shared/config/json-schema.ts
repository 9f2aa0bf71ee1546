import {
  MODULE_KINDS,
  SECTION_OF_KIND,
  type ModuleCatalog,
  type ModuleDescriptor,
  type ModuleKind,
  type ModuleMetadata,
  type ParamSpec,
  type ParamSpecs,
} from '../domain/modules';

/**
 * The strategy file's JSON Schema, generated from the module catalog (plugins included). It is
 * what external tools (Taplo / Even Better TOML, `planner-studio schema`) read, and what the
 * editor's completion, hover and snippets walk; the validator reads the catalog itself.
 */
export interface JsonSchemaObject {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: 'object' | 'array' | 'number' | 'integer' | 'boolean' | 'string';
  properties?: Record<string, JsonSchemaObject>;
  additionalProperties?: boolean;
  items?: JsonSchemaObject;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  enum?: readonly (string | number | boolean)[];
  /** The module this section configures (sections under the four module tables only). */
  'x-module'?: ModuleSchemaInfo;
  /** Unit of a parameter (`EUR`, `days`, `fraction`...). */
  'x-unit'?: string;
  /** Taplo's extension: keys written when its completion creates this table. */
  'x-taplo'?: { initKeys?: string[] };
}

export type ModuleSchemaInfo = Pick<ModuleMetadata, 'name' | 'kind' | 'version' | 'author' | 'description' | 'tags' | 'dependencies' | 'source'>;

export const STRATEGY_SCHEMA_ID = 'https://planner-studio.local/schemas/strategy.json';

const SECTION_TITLES: Readonly<Record<ModuleKind, string>> = {
  calculator: 'Opportunity calculators',
  pattern: 'Pattern generators',
  sequence_generator: 'Sequence generators',
  filter: 'Filters',
};

const SECTION_DESCRIPTIONS: Readonly<Record<ModuleKind, string>> = {
  calculator: 'Find candidate actions (buy or sell one security). One table per calculator.',
  pattern: 'Turn candidates into short action sequences. One table per pattern generator.',
  sequence_generator: 'Add sequences by combination. One table per sequence generator.',
  filter: 'Drop or thin sequences before evaluation. One table per filter.',
};

export function catalogToJsonSchema(catalog: ModuleCatalog): JsonSchemaObject {
  const properties: Record<string, JsonSchemaObject> = {
    planner: {
      title: 'Planner',
      description: 'Global planner settings.',
      type: 'object',
      properties: paramsToProperties(catalog.planner),
      additionalProperties: false,
    },
  };
  for (const kind of MODULE_KINDS) {
    const modules = catalog.modules.filter((m) => m.meta.kind === kind);
    properties[SECTION_OF_KIND[kind]] = {
      title: SECTION_TITLES[kind],
      description: SECTION_DESCRIPTIONS[kind],
      type: 'object',
      properties: Object.fromEntries(modules.map((m) => [m.meta.name, moduleSchema(m)])),
      additionalProperties: false,
    };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: STRATEGY_SCHEMA_ID,
    title: 'Planner strategy',
    description: `A strategy file of the modular portfolio planner (engine ${catalog.engineVersion}).`,
    type: 'object',
    properties,
    additionalProperties: false,
  };
}

function moduleSchema(module: ModuleDescriptor): JsonSchemaObject {
  const { meta } = module;
  return {
    title: `${meta.name} (${meta.kind.replace('_', ' ')} ${meta.version})`,
    description: meta.description,
    type: 'object',
    properties: {
      enabled: {
        title: 'enabled',
        description: 'Whether the module runs. A module absent from the file is enabled; write `enabled = false` to turn it off.',
        type: 'boolean',
        default: true,
      },
      params: {
        title: `${meta.name} parameters`,
        description: `Parameters of ${meta.name}; unset ones take their defaults.`,
        type: 'object',
        properties: paramsToProperties(module.params),
        additionalProperties: false,
      },
    },
    additionalProperties: false,
    'x-taplo': { initKeys: ['enabled'] },
    'x-module': {
      name: meta.name,
      kind: meta.kind,
      version: meta.version,
      author: meta.author,
      description: meta.description,
      tags: meta.tags,
      dependencies: meta.dependencies,
      source: meta.source,
    },
  };
}

function paramsToProperties(params: ParamSpecs): Record<string, JsonSchemaObject> {
  return Object.fromEntries(Object.entries(params).map(([key, spec]) => [key, paramSchema(key, spec)]));
}

function paramSchema(key: string, spec: ParamSpec): JsonSchemaObject {
  const schema: JsonSchemaObject = { title: key, description: spec.description };
  const element = scalarSchema(spec);
  if (spec.type === 'number[]' || spec.type === 'string[]') {
    schema.type = 'array';
    schema.items = element;
  } else {
    Object.assign(schema, element);
  }
  schema.default = spec.default;
  if (spec.unit !== undefined) schema['x-unit'] = spec.unit;
  return schema;
}

/** The schema of a scalar parameter, or of each element of a list parameter. */
function scalarSchema(spec: ParamSpec): JsonSchemaObject {
  const type = spec.type === 'number[]' ? 'number' : spec.type === 'string[]' ? 'string' : spec.type;
  const schema: JsonSchemaObject = { type };
  if (spec.min !== undefined) schema.minimum = spec.min;
  if (spec.max !== undefined) schema.maximum = spec.max;
  if (spec.enum !== undefined) schema.enum = [...spec.enum];
  return schema;
}
