import { useState } from 'react';

/**
 * Runs one task at a time and drops calls made while one runs. A button's `disabled` takes
 * effect only after a re-render, and a task may await (fetch a text) before it marks itself busy:
 * without this, a double click on Run started, and recorded, two runs.
 */
export function createExclusive(): (task: () => Promise<void>) => Promise<void> {
  let busy = false;
  return async (task) => {
    if (busy) return;
    busy = true;
    try {
      await task();
    } finally {
      busy = false;
    }
  };
}

/** One `createExclusive` per component instance, shared by every control that starts its runs. */
export function useExclusive(): (task: () => Promise<void>) => Promise<void> {
  return useState(createExclusive)[0];
}
