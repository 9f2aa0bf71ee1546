import type { z } from 'zod';

/** One call of the contract: what it does, what it takes, what it returns. */
export interface MethodSpec<Req extends z.ZodTypeAny = z.ZodTypeAny, Res extends z.ZodTypeAny = z.ZodTypeAny> {
  summary: string;
  request: Req;
  response: Res;
}

export function method<Req extends z.ZodTypeAny, Res extends z.ZodTypeAny>(
  summary: string,
  request: Req,
  response: Res,
): MethodSpec<Req, Res> {
  return { summary, request, response };
}
