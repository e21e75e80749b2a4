// Preloaded into the Prisma CLI: its WASM schema engine leaves a long ref'd timer behind, which
// keeps the process alive 10-60 s after the work is done. Unref timers created from wasm frames.
const original = global.setTimeout;
global.setTimeout = function patchedSetTimeout(fn, ms, ...rest) {
  const timer = original(fn, ms, ...rest);
  if (typeof ms === "number" && ms >= 5000 && /wasm:\/\//.test(new Error().stack || "")) {
    timer.unref?.();
  }
  return timer;
};
