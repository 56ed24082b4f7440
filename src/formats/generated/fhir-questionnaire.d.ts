/* Types for the generated FHIR R4 Questionnaire validator (fhir-questionnaire.js). */
export interface FhirSchemaError {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
  readonly message?: string;
}
export declare const validateFhirQuestionnaire: {
  (data: unknown): boolean;
  errors?: FhirSchemaError[] | null;
};
