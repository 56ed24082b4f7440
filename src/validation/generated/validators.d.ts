/* Types for the generated standalone validators (validators.js). */
interface StandaloneValidator {
  (data: unknown): boolean;
  errors?: unknown[] | null;
}
export declare const validateKeyword: StandaloneValidator;
export declare const validateTreeNode: StandaloneValidator;
export declare const validateDocument: StandaloneValidator;
export declare const validateFragmentFile: StandaloneValidator;
export declare const validateLibraryFile: StandaloneValidator;
export declare const validateSavedVersion: StandaloneValidator;
export declare const validateTrashEntry: StandaloneValidator;
