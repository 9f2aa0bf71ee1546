// Test fixture: loads fine, but its calculator throws on every run. Used to check graceful
// degradation (the plan completes without it) and the circuit breaker.
export default function register(planner) {
  planner.register('calculator', {
    meta: { name: 'always_fails', version: '1.0.0', author: 'tests', description: 'Throws on every run, on purpose.', tags: ['test'] },
    params: {},
    run() {
      throw new Error('always_fails failed on purpose');
    },
  });
}
