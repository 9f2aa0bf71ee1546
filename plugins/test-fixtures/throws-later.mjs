// Test fixture: loads and registers fine, then throws from a timer in whatever thread imported
// it. Such an error escapes every call boundary; the host must contain it, not die of it.
export default function register(planner) {
  planner.register('calculator', {
    meta: { name: 'throws_later', version: '1.0.0', author: 'tests', description: 'Throws from a timer after loading, on purpose.', tags: ['test'] },
    params: {},
    run() {
      return [];
    },
  });
  setTimeout(() => {
    throw new Error('throws_later escaped on purpose');
  }, 200);
}
