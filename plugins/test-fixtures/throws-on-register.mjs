// Test fixture: a plugin whose register function throws.
export default function register() {
  throw new Error('this plugin is broken on purpose');
}
