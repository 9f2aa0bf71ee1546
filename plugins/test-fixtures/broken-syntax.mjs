// Test fixture: a plugin that is not valid JavaScript. The loader must report it, not crash.
export default function register(planner) {
  planner.register('calculator', {
