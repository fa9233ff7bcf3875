/**
 * Waits for SIGINT or SIGTERM, then runs `stop` (finish the work in hand); a second signal runs
 * `force`. Resolves when `stop` has finished. The handlers are removed afterwards.
 * With `watchParent`, the parent process going away counts as a SIGHUP: `npx gouji worker`
 * killed with SIGTERM does not pass the signal on, and the worker must not live on orphaned.
 */
export function untilSignal(
  stop: (signal: NodeJS.Signals) => Promise<void>,
  force: (signal: NodeJS.Signals) => void,
  options: { watchParent?: boolean } = {},
): Promise<NodeJS.Signals> {
  return new Promise((resolve, reject) => {
    let received: NodeJS.Signals | null = null;
    let watch: NodeJS.Timeout | null = null;
    if (options.watchParent) {
      const parent = process.ppid;
      watch = setInterval(() => {
        if (process.ppid !== parent) onSignal('SIGHUP'); // re-parented: the parent is gone
      }, 1000);
      watch.unref();
    }
    const onSignal = (signal: NodeJS.Signals): void => {
      if (received) {
        force(signal);
        return;
      }
      received = signal;
      if (watch) clearInterval(watch);
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
