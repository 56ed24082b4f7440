import { useCallback, useEffect, useState } from 'react';
import type { Answers } from '../domain/model.ts';
import type { initialAnswers } from '../features/preview/starting-answers.ts';
import type { WorkspaceView } from './use-workspace-view.ts';

interface StartingModule {
  readonly initialAnswers: typeof initialAnswers;
}

/**
 * The answers a document's preview starts from: an imported form's initial values. The code that
 * reads them loads only once a document with kept FHIR elements is open (undefined until then, so
 * the preview asks again when it has loaded).
 */
export function useStartingAnswers(view: Pick<WorkspaceView, 'library' | 'document'>) {
  const [module, setModule] = useState<StartingModule>();
  const imported = (view.document?.keptFromImport?.length ?? 0) > 0;
  useEffect(() => {
    if (imported && !module) void import('../features/preview/starting-answers.ts').then(setModule);
  }, [imported, module]);
  const { library } = view;
  return useCallback(
    (documentId: string): Answers | undefined => {
      const document = library.documents.get(documentId);
      if (!document) return undefined;
      if (!document.keptFromImport?.length) return new Map();
      return module?.initialAnswers(document, library.keywords);
    },
    [library, module],
  );
}
