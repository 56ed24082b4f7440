/** Every change to the library goes through one of these commands (one per user intent). */
export * from './command.ts';
export * from './add-keyword.ts';
export * from './remove-node.ts';
export * from './duplicate-node.ts';
export * from './move-node.ts';
export * from './update-keyword.ts';
export * from './change-keyword-type.ts';
export * from './set-node-fields.ts';
export * from './make-dynamic.ts';
export * from './paste-subtree.ts';
export * from './paste-terms.ts';
export * from './documents.ts';
export * from './scenarios.ts';
export * from './import-document.ts';
export * from './add-fragment.ts';
export * from './versions.ts';
export * from './restore-library.ts';
