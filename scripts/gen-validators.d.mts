export declare const VALIDATORS_FILE: string;
export declare function generateValidators(): string;
