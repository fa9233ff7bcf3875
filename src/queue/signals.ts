/**
 * Waits for SIGINT or SIGTERM, then runs `stop` (finish the work in hand); a second signal runs
 * `force`. Resolves when `stop` has finished. The handlers are removed afterwards.
 */
export function untilSignal(stop: (signal: NodeJS.Signals) => Promise<void>, force: (signal: NodeJS.Signals) => void): Promise<NodeJS.Signals> {
  return new Promise((resolve, reject) => {
    let received: NodeJS.Signals | null = null;
    const onSignal = (signal: NodeJS.Signals): void => {
      if (received) {
        force(signal);
        return;
      }
      received = signal;
      stop(signal).then(
        () => {
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
          resolve(signal);
        },
        reject,
      );
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
