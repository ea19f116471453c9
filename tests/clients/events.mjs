// What the client scripts share: the scenario the test prepared (one JSON argument) with the helpers of
// ../conformance/scenario.mjs, and collecting a subscription's first events within a time limit.
import { scenario, timeout } from '../conformance/scenario.mjs';

export { timeout };

// { url, pupilToken, employerToken, applicationId, employerName, offerIds, ... } as the test wrote it.
export function prepared() {
  const given = JSON.parse(process.argv[2]);
  return { ...given, ...scenario(given.url, given.pupilToken, given.employerToken, given.applicationId) };
}

// Resolves with the first `count` values a subscription delivers; `subscribe(sink)` returns what stops it.
export function firstEvents(count, subscribe, what) {
  const events = [];
  let stop;
  return Promise.race([
    new Promise((resolve, reject) => {
      stop = subscribe({
        next: (value) => { events.push(value); if (events.length === count) resolve(events); },
        error: (error) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
        complete: () => reject(new Error(`${what}: completed after ${events.length} of ${count} events`)),
      });
    }),
    timeout(15000, `${what} (${events.length} of ${count} events)`),
  ]).finally(() => stop?.());
}
