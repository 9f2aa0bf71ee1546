import type { z } from 'zod';
import { bucketsMethods } from './methods/buckets';
import { configsMethods } from './methods/configs';
import { dialogsMethods } from './methods/dialogs';
import { draftsMethods } from './methods/drafts';
import { filesMethods } from './methods/files';
import { plannerMethods } from './methods/planner';
import { portfoliosMethods } from './methods/portfolios';
import { presetsMethods } from './methods/presets';
import { runsMethods } from './methods/runs';
import { systemMethods } from './methods/system';
import { versionsMethods } from './methods/versions';

/**
 * The `StudioApi` contract: every call the UI can make, by group. Each group lives in
 * `methods/<group>.ts`; this table joins them. Both transports (Electron IPC and the web host's
 * HTTP) expose exactly these methods, validate requests against `request` before any handler
 * runs, and the client validates responses against `response`.
 */
export const studioContract = {
  ...configsMethods,
  ...dialogsMethods,
  ...systemMethods,
  ...versionsMethods,
  ...bucketsMethods,
  ...presetsMethods,
  ...portfoliosMethods,
  ...runsMethods,
  ...draftsMethods,
  ...filesMethods,
  ...plannerMethods,
} as const;

export type StudioContract = typeof studioContract;
export type MethodName = keyof StudioContract;
export type RequestOf<M extends MethodName> = z.input<StudioContract[M]['request']>;
export type ParsedRequestOf<M extends MethodName> = z.output<StudioContract[M]['request']>;
export type ResponseOf<M extends MethodName> = z.output<StudioContract[M]['response']>;

/** The API as the UI sees it: one async function per method. */
export type StudioApi = { [M in MethodName]: (request: RequestOf<M>) => Promise<ResponseOf<M>> };

export const methodNames = Object.keys(studioContract) as MethodName[];

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(studioContract, name);
}
