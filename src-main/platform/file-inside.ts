import path from 'node:path';

/**
 * The file a decoded URL path names inside `root`, or null when the path would leave it
 * (`..`, encoded or not). Both renderer servers (web host, app:// scheme) resolve through this.
 */
export function fileInside(root: string, urlPath: string): string | null {
  const base = path.resolve(root);
  const file = path.resolve(base, '.' + path.posix.normalize('/' + urlPath));
  return file === base || file.startsWith(base + path.sep) ? file : null;
}
