/** A check of a file that takes longer than this is stopped and the file refused (issue 18). */
export const CHECK_TIME_LIMIT_MS = 30_000;

/**
 * Runs a check of a user's file in a worker, so a large file never blocks the page, and stops it
 * after `timeLimitMs` with `timedOut` as the answer. `start` makes the worker (each caller names its
 * own script, so the bundler finds it); without workers (or if one fails to start) the check runs
 * in this thread instead: slower, but never skipped.
 */
export function runOffThread<Request, Result>(
  start: (() => Worker) | undefined,
  request: Request,
  inline: (request: Request) => Result,
  timedOut: Result,
  timeLimitMs: number = CHECK_TIME_LIMIT_MS,
): Promise<Result> {
  if (!start) return Promise.resolve(inline(request));
  const worker = start();
  return new Promise<Result>((resolve) => {
    const timer = setTimeout(() => finish(timedOut), timeLimitMs);
    function finish(result: Result) {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    }
    worker.addEventListener('message', (event: MessageEvent<Result>) => finish(event.data));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      console.error('File check: the worker failed, checking in this thread:', event.message);
      finish(inline(request));
    });
    worker.postMessage(request);
  });
}

/** Whether this page can run workers (jsdom and very old browsers cannot). */
export const canRunWorkers = () => typeof Worker === 'function';
