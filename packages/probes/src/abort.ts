/** A probe's deadline: its own timeout combined with the caller's signal. */
export type Deadline = {
  signal: AbortSignal;
  timeoutMs: number;
  /** True when our own timeout fired, as opposed to the caller cancelling. */
  timedOut(): boolean;
};

export function createDeadline(timeoutMs: number, external?: AbortSignal): Deadline {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = external ? AbortSignal.any([timeout, external]) : timeout;
  return { signal, timeoutMs, timedOut: () => timeout.aborted && signal.reason === timeout.reason };
}

/** Run `fn` once when `signal` aborts; returns the unsubscribe function. */
export function onAbort(signal: AbortSignal, fn: () => void): () => void {
  if (signal.aborted) {
    queueMicrotask(fn);
    return () => {};
  }
  signal.addEventListener("abort", fn, { once: true });
  return () => signal.removeEventListener("abort", fn);
}

/** Settle with `promise`, or reject as soon as `signal` aborts, whichever comes first. */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const off = onAbort(signal, () => reject(abortError(signal)));
    promise.then(
      (value) => {
        off();
        resolve(value);
      },
      (err: unknown) => {
        off();
        reject(err);
      },
    );
  });
}

export function abortError(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new DOMException("The probe was aborted", "AbortError");
}
