import { StudioError } from './errors';
import { studioEventSchema, type StudioEvent } from './events';
import { studioContract, type MethodName, type RequestOf, type ResponseOf } from './contract';
import type { Transport } from './transport';

/** A typed client over any transport; responses are checked against the contract. */
export interface StudioClient {
  call<M extends MethodName>(method: M, request: RequestOf<M>): Promise<ResponseOf<M>>;
  subscribe(listener: (event: StudioEvent) => void): () => void;
}

export function createStudioClient(transport: Transport): StudioClient {
  return {
    async call(method, request) {
      const result = await transport.call(method, request);
      if (!result.ok) throw StudioError.fromData(result.error);
      const parsed = studioContract[method].response.safeParse(result.value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new StudioError(
          'internal',
          `Response of ${method} does not match the contract at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
        );
      }
      return parsed.data as ResponseOf<typeof method>;
    },
    subscribe(listener) {
      return transport.subscribe((event) => {
        const parsed = studioEventSchema.safeParse(event);
        if (parsed.success) listener(parsed.data);
      });
    },
  };
}
