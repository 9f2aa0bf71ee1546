// Test fixture: a plugin that never finishes loading. The loader must time it out.
for (;;) {
  // spin
}
export default function register() {}
