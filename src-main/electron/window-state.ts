import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** Where and how big the main window was when it last closed. */
export const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };

/**
 * The saved state, if it is valid and its title bar still lands on a screen (monitors come and
 * go); otherwise the default size, centred by the OS. A damaged file is ignored, not fatal.
 */
export function loadWindowState(file: string, workAreas: readonly Area[]): WindowState {
  let saved: WindowState;
  try {
    saved = windowStateSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
  if (saved.x === undefined || saved.y === undefined) return { width: saved.width, height: saved.height, maximized: saved.maximized };
  const { x, y } = saved;
  // The top-left 100×30 px (the title bar's grip) must overlap a work area.
  const reachable = workAreas.some((a) => x + 100 > a.x && x < a.x + a.width && y + 30 > a.y && y < a.y + a.height);
  return reachable ? saved : { width: saved.width, height: saved.height, maximized: saved.maximized };
}

export function saveWindowState(file: string, state: WindowState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(windowStateSchema.parse(state)));
  fs.renameSync(temp, file);
}

interface TrackedWindow {
  getNormalBounds(): Area;
  isMaximized(): boolean;
  on(event: 'close', listener: () => void): unknown;
}

/** Saves the window's normal (unmaximized) bounds and maximized flag when it closes. */
export function rememberWindowState(window: TrackedWindow, file: string): void {
  window.on('close', () => {
    const b = window.getNormalBounds();
    try {
      saveWindowState(file, { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height), maximized: window.isMaximized() });
    } catch {
      // Losing the window position is not worth blocking the close.
    }
  });
}
