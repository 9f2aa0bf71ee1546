export function executableInDist(platform?: NodeJS.Platform): string;
export function findElectronBinary(options?: {
  env?: NodeJS.ProcessEnv | Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  packageDir?: string;
}): { path: string; reason: null } | { path: null; reason: string };
