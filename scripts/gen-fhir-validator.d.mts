export declare const FHIR_VALIDATOR_FILE: string;
export declare function generateFhirValidator(): string;
