// Test fixture: a plugin whose register function never returns.
export default function register() {
  for (;;) {
    // spin
  }
}
