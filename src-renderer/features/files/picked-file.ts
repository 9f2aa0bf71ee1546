/** A file the user picked, as the import needs it. */
export interface PickedFile {
  fileName: string;
  /** The text, when it decodes as UTF-8 (null for binary or mis-encoded files). */
  text: string | null;
  /** The raw bytes as base64, when read from the browser (the server checks them exactly). */
  base64?: string;
}

/** Bytes → base64 in chunks (spreading a whole 5 MB array into one call overflows the stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** UTF-8 text of the bytes, or null when they are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The config name an imported file gets when its header names none: the file name without
 * folder, `.toml` and a trailing `-v<N>`, made a valid name (the store does the same).
 */
export function nameFromFileName(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.toml$/i, '').replace(/-v\d+$/, '');
  return base.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').slice(0, 80);
}

export async function readPickedFile(file: File): Promise<PickedFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  return { fileName: file.name, text: decodeUtf8(bytes), base64: toBase64(bytes) };
}

/** Offers `text` as a download named `fileName` (the web host's "Save as"). */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/toml;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
