// Checks the stored library against the schema off the page's thread (issue 17, item 3): the page
// reads the records, sends them here, and learns only which are damaged. The schema's validators
// (ajv) stay out of the page and its first download.
import { findRecordProblems } from './persistence/library-check.ts';
import type { ProblemsReply, ProblemsRequest } from './app/load-off-thread.ts';

self.addEventListener('message', (event: MessageEvent<ProblemsRequest>) => {
  const { id, records } = event.data;
  self.postMessage({ id, problems: findRecordProblems(records) } satisfies ProblemsReply);
});
