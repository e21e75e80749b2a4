import { type Sleep, sleep as defaultSleep } from "./sleep.ts";

/**
 * Spaces calls at least 1/perSecond apart, so a batch stays under a provider's request rate
 * instead of running into 429s. Call `wait()` before each request.
 */
export function pacer(
  perSecond: number,
  { sleep = defaultSleep, now = Date.now }: { sleep?: Sleep; now?: () => number } = {},
) {
  const gapMs = 1000 / perSecond;
  let next = 0;
  return {
    async wait(signal?: AbortSignal): Promise<void> {
      const at = now();
      const start = Math.max(at, next);
      next = start + gapMs;
      if (start > at) await sleep(start - at, signal);
    },
  };
}
