import { createLibraryState, type LibraryState } from '../../src/domain/index.ts';
import type { CommandContext } from '../../src/commands/index.ts';
import { EditorStore } from '../../src/state/editor-store.ts';
import { buildExampleLibrary } from '../../src/examples/library.ts';

/** A command context with predictable ids and a clock the test moves. */
export function createTestContext() {
  let counter = 0;
  let time = 1_000_000;
  const context: CommandContext & { clock: () => number; advance: (ms: number) => void } = {
    createId: (prefix) => `${prefix}-${++counter}`,
    now: () => new Date(time).toISOString(),
    clock: () => time,
    advance: (ms) => {
      time += ms;
    },
  };
  return context;
}

/** The example library as editor state. */
export const exampleState = (): LibraryState => createLibraryState(buildExampleLibrary());

/** A store over the example library (or the given state), with a test context. */
export function createTestStore(library: LibraryState = exampleState(), openDocumentId?: string) {
  const context = createTestContext();
  return { store: new EditorStore(library, context, openDocumentId), context };
}
