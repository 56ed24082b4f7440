// The live checks' worker (see live-checks.ts and check-host.ts).
import { enableMapSet, enablePatches } from 'immer';
import { createCheckHost } from './check-host.ts';
import type { CheckMessage, CheckResult } from './check-protocol.ts';

enablePatches();
enableMapSet();

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<CheckMessage>) => void): void;
  postMessage(result: CheckResult): void;
}
const scope = globalThis as unknown as WorkerScope;

const receive = createCheckHost(
  (result) => scope.postMessage(result),
  (check) => setTimeout(check),
);
scope.addEventListener('message', (event) => receive(event.data));
