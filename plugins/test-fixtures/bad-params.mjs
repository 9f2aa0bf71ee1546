// Test fixture: a module whose parameter default is outside its own range.
export default function register(planner) {
  planner.register('filter', {
    meta: { name: 'bad_params', version: '1.0.0', description: 'Invalid on purpose.' },
    params: { limit: { type: 'integer', default: 50, min: 1, max: 10, description: 'A limit.' } },
    run: (sequences) => sequences,
  });
}
