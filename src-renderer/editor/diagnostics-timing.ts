/**
 * Delay between the last keystroke and the validation run. Short enough that markers follow
 * typing within ~150 ms on a 3,000-line file (see `npm run bench -- --only editor`), long enough
 * to skip bursts of keystrokes. Kept Monaco-free so the bench can read it.
 */
export const DIAGNOSTICS_DEBOUNCE_MS = 75;
