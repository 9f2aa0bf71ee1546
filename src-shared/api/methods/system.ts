import { z } from 'zod';
import { method } from '../method';

export const hostKinds = ['electron', 'web'] as const;
export type HostKind = (typeof hostKinds)[number];

export const systemInfoSchema = z.object({
  appVersion: z.string(),
  host: z.enum(hostKinds),
  dataDir: z.string(),
  platform: z.string(),
});
export type SystemInfo = z.infer<typeof systemInfoSchema>;

export const systemMethods = {
  'system.info': method('Which host serves the app and where its data lives.', z.object({}).strict(), systemInfoSchema),
} as const;
