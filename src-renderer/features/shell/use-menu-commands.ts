import { useEffect, useRef } from 'react';
import type { MenuCommand, MenuEvent } from '../../../src-shared/api/events';
import { useStudio } from '../../state/studio-provider';

export type MenuHandlers = Partial<Record<MenuCommand, (event: MenuEvent) => void>>;

/**
 * The one place the desktop menu's commands (pushed as `menu` events) reach the UI. Handlers
 * are read at dispatch time, so they may close over fresh state without resubscribing.
 */
export function useMenuCommands(handlers: MenuHandlers): void {
  const client = useStudio();
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(
    () =>
      client.subscribe((event) => {
        if (event.channel === 'menu') current.current[event.event.command]?.(event.event);
      }),
    [client],
  );
}
