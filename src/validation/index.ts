/** Structural (precompiled ajv) and semantic checks, producing diagnostics with stable codes. */
export * from './diagnostics.ts';
export * from './messages.ts';
export * from './structural.ts';
export * from './keyword-rules.ts';
export * from './condition-rules.ts';
export * from './check-document.ts';
export * from './check-file.ts';
export * from './branch-map.ts';
export * from './check-folder.ts';
