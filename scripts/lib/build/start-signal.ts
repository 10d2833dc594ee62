/**
 * A moment of the build that other work waits for, given once: the first print layout under
 * way in Chromium (build-state.ts). Giving it again, or after nobody waits, changes nothing.
 */
export interface StartSignal {
  /** Resolves once the signal is given; never rejects. */
  readonly given: Promise<void>;
  /** True once given. */
  readonly isGiven: boolean;
  give(): void;
}

export function startSignal(): StartSignal {
  let resolve: () => void = () => undefined;
  let isGiven = false;
  const given = new Promise<void>((done) => (resolve = done));
  return {
    given,
    get isGiven() {
      return isGiven;
    },
    give() {
      isGiven = true;
      resolve();
    },
  };
}
