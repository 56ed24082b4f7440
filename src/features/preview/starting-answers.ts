/** What the preview starts from for an imported form (loaded only when such a document is open). */
export { initialAnswers } from '../../formats/fhir-initial.ts';
