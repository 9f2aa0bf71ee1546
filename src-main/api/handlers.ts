import type { MethodName, ParsedRequestOf, ResponseOf } from '../../src-shared/api/contract';

/** One handler per contract method; it receives the request already validated by the schema. */
export type Handler<M extends MethodName> = (request: ParsedRequestOf<M>) => Promise<ResponseOf<M>>;

export type StudioHandlers = { [M in MethodName]: Handler<M> };

/** The handlers of one group, e.g. `HandlersOf<'configs.list' | 'configs.get'>`. */
export type HandlersOf<M extends MethodName> = { [K in M]: Handler<K> };
