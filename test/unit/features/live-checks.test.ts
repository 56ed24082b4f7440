import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addKeyword, removeNode, renameKeyword } from '../../../src/commands/index.ts';
import { createLibraryState, indexTree, isKeywordNode } from '../../../src/domain/index.ts';
import { checkSafely, createCheckHost } from '../../../src/features/diagnostics/check-host.ts';
import { createInlineChecker } from '../../../src/features/diagnostics/inline-checker.ts';
import type { TreeDocument } from '../../../src/domain/index.ts';
import {
  LiveChecks,
  toCheckMessage,
  type CheckMessage,
  type CheckResult,
  type CreateChecker,
  createWorkerChecker,
} from '../../../src/features/diagnostics/live-checks.ts';
import { checkLibraryDocument } from '../../../src/validation/index.ts';
import { buildExampleLibrary } from '../../../src/examples/library.ts';
import { createTestStore } from '../../helpers/editor.ts';

/**
 * The worker's host behind a structured clone, as postMessage would carry it; checks wait in a
 * queue until the test lets them run, as they wait behind queued messages in the worker.
 */
function createWorkerLike() {
  const sent: CheckMessage[] = [];
  const queued: (() => void)[] = [];
  const createChecker: CreateChecker = (onResult) => {
    const receive = createCheckHost(
      (result: CheckResult) => onResult(structuredClone(result)),
      (check) => queued.push(check),
    );
    return {
      send: (request) => {
        const message = toCheckMessage(request);
        sent.push(message);
        receive(structuredClone(message));
      },
      stop: () => undefined,
    };
  };
  const runQueued = () => queued.splice(0).forEach((check) => check());
  return { sent, createChecker, runQueued };
}

const TEMPLATE = 'exempel-mottagningsbesok-1177';

function firstKeywordNode(store: ReturnType<typeof createTestStore>['store']) {
  const document = store.getSnapshot().library.documents.get(TEMPLATE)!;
  const place = indexTree(document.nodes).ordered.find((p) => isKeywordNode(p.node))!;
  return place.node as { id: string; keywordId: string };
}

describe('LiveChecks', () => {
  it('sends the library once, then only patches, and its findings equal a full check after every change', () => {
    const { store } = createTestStore(createLibraryState(buildExampleLibrary()), TEMPLATE);
    const worker = createWorkerLike();
    const checks = new LiveChecks(store, worker.createChecker);
    const unsubscribe = checks.subscribe(() => undefined);
    const expectCurrent = () => {
      worker.runQueued();
      const { library, openDocumentId } = store.getSnapshot();
      expect(checks.getSnapshot()).toEqual({
        documentId: openDocumentId,
        diagnostics: checkLibraryDocument(library, openDocumentId!),
        pending: false,
      });
    };
    expectCurrent();
    expect('library' in worker.sent[0]!).toBe(true);

    const { id: nodeId, keywordId } = firstKeywordNode(store);
    const documentId = TEMPLATE;
    // A sibling with the same term: a finding the checks must now report.
    const added = store.run((l, c) => addKeyword(l, { documentId, relativeTo: nodeId, as: 'sibling' }, c));
    expect(added.ok).toBe(true);
    expectCurrent();
    const term = store.getSnapshot().library.keywords.get(keywordId)!.term;
    const newNode = store.getSnapshot().selectedNodeId!;
    const newKeywordId = (
      indexTree(store.getSnapshot().library.documents.get(documentId)!.nodes).places.get(newNode)!.node as {
        keywordId: string;
      }
    ).keywordId;
    store.run((l, c) => renameKeyword(l, { keywordId: newKeywordId, term, documentId }, c));
    expectCurrent();
    expect(checks.getSnapshot().diagnostics.map((d) => d.code)).toContain('DUPLICATE_SIBLING_TERM');

    store.undo();
    expectCurrent();
    store.redo();
    expectCurrent();
    store.run((l, c) => removeNode(l, { documentId, nodeId: newNode }, c));
    expectCurrent();
    expect(checks.getSnapshot().diagnostics.map((d) => d.code)).not.toContain('DUPLICATE_SIBLING_TERM');

    // Everything after the first message went as patches; a replaced library goes whole.
    expect(worker.sent.slice(1).every((m) => 'patches' in m)).toBe(true);
    store.replaceLibrary(createLibraryState(buildExampleLibrary()));
    expectCurrent();
    expect('library' in worker.sent.at(-1)!).toBe(true);
    unsubscribe();
  });

  it('checks once for several changes that arrive together, and says it is pending until then', () => {
    const { store } = createTestStore(createLibraryState(buildExampleLibrary()), TEMPLATE);
    const worker = createWorkerLike();
    const checks = new LiveChecks(store, worker.createChecker);
    checks.subscribe(() => undefined);
    worker.runQueued();
    const { keywordId } = firstKeywordNode(store);
    for (const term of ['A', 'AB', 'ABC'])
      store.run((l, c) => renameKeyword(l, { keywordId, term, documentId: TEMPLATE }, c));
    expect(checks.getSnapshot().pending).toBe(true);
    let results = 0;
    checks.subscribe(() => results++);
    worker.runQueued();
    expect(results).toBe(1);
    expect(checks.getSnapshot().pending).toBe(false);
  });

  it('tells its listeners once while pending, and keeps the findings list when a change finds the same', () => {
    const { store } = createTestStore(createLibraryState(buildExampleLibrary()), TEMPLATE);
    const worker = createWorkerLike();
    const checks = new LiveChecks(store, worker.createChecker);
    let told = 0;
    checks.subscribe(() => told++);
    // A sibling named as the keyword before it: a finding (two siblings by one name).
    const first = firstKeywordNode(store);
    store.run((l, c) => addKeyword(l, { documentId: TEMPLATE, relativeTo: first.id, as: 'sibling' }, c));
    const library = store.getSnapshot().library;
    const added = indexTree(library.documents.get(TEMPLATE)!.nodes).places.get(
      store.getSnapshot().selectedNodeId!,
    )!;
    const keywordId = (added.node as { keywordId: string }).keywordId;
    const taken = library.keywords.get(first.keywordId)!.term;
    const rename = (term: string) =>
      store.run((l, c) => renameKeyword(l, { keywordId, term, documentId: TEMPLATE }, c));
    rename(taken);
    worker.runQueued();
    const before = checks.getSnapshot().diagnostics;
    expect(before.length).toBeGreaterThan(0);
    told = 0;
    // Three keystrokes that end where they began: one "checking again", one result.
    for (const typed of ['x', 'xy', taken]) rename(typed);
    expect(told).toBe(1);
    worker.runQueued();
    expect(told).toBe(2);
    expect(checks.getSnapshot().pending).toBe(false);
    expect(checks.getSnapshot().diagnostics).toBe(before);
    // A change that finds something else gives a new list.
    rename('Nytt namn');
    worker.runQueued();
    expect(checks.getSnapshot().diagnostics).not.toBe(before);
    expect(checks.getSnapshot().diagnostics).toEqual(
      checkLibraryDocument(store.getSnapshot().library, TEMPLATE),
    );
  });

  it('sends the whole library again when the worker lost it', () => {
    const { store } = createTestStore(createLibraryState(buildExampleLibrary()), TEMPLATE);
    const sent: CheckMessage[] = [];
    let forgetNext = true;
    const checks = new LiveChecks(store, (onResult) => {
      const receive = createCheckHost(onResult, (check) => check());
      return {
        send: (request) => {
          const message = toCheckMessage(request);
          sent.push(message);
          // The first patches reach a host that never had the library (a restarted worker).
          if ('patches' in message && forgetNext) {
            forgetNext = false;
            createCheckHost(onResult, (check) => check())(message);
          } else receive(message);
        },
        stop: () => undefined,
      };
    });
    checks.subscribe(() => undefined);
    const { keywordId } = firstKeywordNode(store);
    store.run((l, c) => renameKeyword(l, { keywordId, term: 'Nytt namn', documentId: TEMPLATE }, c));
    expect(sent.map((m) => ('library' in m ? 'library' : 'patches'))).toEqual([
      'library',
      'patches',
      'library',
    ]);
    expect(checks.getSnapshot().pending).toBe(false);
    expect(checks.getSnapshot().diagnostics).toEqual(
      checkLibraryDocument(store.getSnapshot().library, TEMPLATE),
    );
  });
});

describe('checkSafely', () => {
  it('says why when a rule throws, instead of going quiet', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = createLibraryState({
      keywords: [],
      documents: [{ id: 'trasig', nodes: null } as unknown as TreeDocument],
    });
    const result = checkSafely(broken, 'trasig');
    expect(result.diagnostics).toEqual([]);
    expect(result.error).toMatch(/null/);
    const store = createTestStore(broken, 'trasig').store;
    const checks = new LiveChecks(store, createInlineChecker);
    checks.subscribe(() => undefined);
    expect(checks.getSnapshot()).toMatchObject({ documentId: 'trasig', pending: false, error: result.error });
    expect(logged).toHaveBeenCalledWith('Checks failed:', expect.any(TypeError));
    logged.mockRestore();
  });
});

describe('the checks worker has a time limit (issue 18)', () => {
  /** Stands in for the browser's Worker: lets the test answer, and records whether it was stopped. */
  function stubWorkers() {
    const started: { answer: (result: CheckResult) => void; terminated: boolean }[] = [];
    vi.stubGlobal(
      'Worker',
      class {
        private listener: ((event: { data: CheckResult }) => void) | undefined;
        private readonly record = {
          answer: (result: CheckResult) => this.listener?.({ data: result }),
          terminated: false,
        };
        constructor() {
          started.push(this.record);
        }
        addEventListener(type: string, listener: (event: { data: CheckResult }) => void) {
          if (type === 'message') this.listener = listener;
        }
        postMessage() {}
        terminate() {
          this.record.terminated = true;
        }
      },
    );
    return started;
  }

  /** A worker checker with a 1 s limit over stand-in workers, and what it reported. */
  function setUp() {
    const started = stubWorkers();
    const results: CheckResult[] = [];
    const checker = createWorkerChecker((result) => results.push(result), 1000);
    const library = createLibraryState(buildExampleLibrary());
    const ask = (request: number) => checker.send({ request, documentId: 'exempel-phq9', library });
    const answer = (worker: number, request: number) =>
      started[worker]!.answer({ request, documentId: 'exempel-phq9', diagnostics: [] });
    return { started, results, checker, ask, answer };
  }

  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('replaces a worker that stays silent past the limit, and says the check was stopped', async () => {
    const { started, results, checker, ask, answer } = setUp();
    ask(1);
    await vi.advanceTimersByTimeAsync(999);
    expect(results).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(results).toEqual([{ request: 1, documentId: 'exempel-phq9', diagnostics: [], timedOut: true }]);
    expect(started.map((w) => w.terminated)).toEqual([true, false]);
    // The new worker answers in time: no second stop.
    ask(2);
    answer(1, 2);
    await vi.advanceTimersByTimeAsync(5000);
    expect(results.map((r) => r.timedOut)).toEqual([true, undefined]);
    expect(started).toHaveLength(2);
    checker.stop();
  });

  it('an answer to an earlier request while a later one waits restarts the clock, not stops it', async () => {
    const { results, checker, ask, answer } = setUp();
    ask(1);
    ask(2);
    await vi.advanceTimersByTimeAsync(800);
    answer(0, 1);
    await vi.advanceTimersByTimeAsync(800);
    expect(results.some((r) => r.timedOut)).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(results.at(-1)).toMatchObject({ request: 2, timedOut: true });
    checker.stop();
  });
});
