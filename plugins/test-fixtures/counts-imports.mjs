// Test fixture: counts its imports in the importing thread's globalThis, so a test can prove the
// main thread never imported it while the catalog still lists its module and params.
globalThis.plannerStudioFixtureImports = (globalThis.plannerStudioFixtureImports ?? 0) + 1;

export default function register(planner) {
  planner.register('filter', {
    meta: {
      name: 'import_counter',
      version: '0.3.0',
      author: 'tests',
      description: 'Keeps the first max_kept sequences.',
      tags: ['test'],
      dependencies: [{ kind: 'pattern', reason: 'filters need sequences' }],
    },
    params: {
      max_kept: { type: 'integer', default: 5, min: 1, max: 50, description: 'Sequences kept.' },
      mode: { type: 'string', default: 'first', enum: ['first', 'last'], description: 'Which end to keep.' },
    },
    run: (sequences, params) => sequences.slice(0, params.max_kept),
  });
}
