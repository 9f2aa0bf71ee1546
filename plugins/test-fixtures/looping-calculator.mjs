// Test fixture: loads fine, but its calculator never returns. A planner worker running it
// must be stopped by its time limit.
export default function register(planner) {
  planner.register('calculator', {
    meta: { name: 'never_returns', version: '1.0.0', author: 'tests', description: 'Loops forever when run, on purpose.', tags: ['test'] },
    params: {},
    run() {
      for (;;) {
        // spin
      }
    },
  });
}
