/** The pure domain core: model types, tree queries and edits, evaluation and note text. */
export * from './model.ts';
export * from './keyword-types.ts';
export * from './limits.ts';
export * from './tree.ts';
export * from './invariants.ts';
export * from './edits.ts';
export * from './keyword-edits.ts';
export * from './evaluate.ts';
export * from './note.ts';
export * from './ids.ts';
export * from './library.ts';
export * from './conditions.ts';
export * from './assemble.ts';
export * from './answer-checks.ts';
export * from './scenarios.ts';
export * from './versions.ts';
export * from './backup.ts';
