/** A TOML file the user picked in a native dialog, already read and checked as text. */
export interface OpenedTomlFile {
  fileName: string;
  path: string;
  text: string;
}

/**
 * Native file dialogs, supplied by the host that has them (the desktop app). The web host has
 * none: its UI uploads and downloads instead. Each call resolves to null when the user cancels.
 */
export interface Dialogs {
  openToml(): Promise<OpenedTomlFile | null>;
  saveToml(suggestedName: string, text: string): Promise<{ path: string } | null>;
  /** Re-reads a file from the recent-files list; paths not on that list are refused. */
  openRecent(path: string): Promise<OpenedTomlFile>;
}
