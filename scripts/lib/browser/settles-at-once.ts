/**
 * Whether a promise settles without this process waiting for another one (Chromium): before
 * the event loop's next turn, when only this process's own pending work has run.
 */
export function settlesAtOnce(promise: Promise<unknown>): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    promise.then(
      () => (settled = true),
      () => (settled = true),
    );
    setImmediate(() => resolve(settled));
  });
}
