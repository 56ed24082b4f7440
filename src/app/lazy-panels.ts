import { lazy } from 'react';

// The note and Testfall are loaded when the form is first shown: editing needs neither.
export const JournalNote = lazy(() =>
  import('../features/preview/journal-note.tsx').then((m) => ({ default: m.JournalNote })),
);
export const ScenariosPanel = lazy(() =>
  import('../features/preview/scenarios-panel.tsx').then((m) => ({ default: m.ScenariosPanel })),
);

// Versioner and Kommentarer are loaded when their tab is first opened: Kontroll is the default.
export const VersionsPanel = lazy(() =>
  import('../features/versions/versions-panel.tsx').then((m) => ({ default: m.VersionsPanel })),
);
export const CommentsPanel = lazy(() =>
  import('../features/review/comments-panel.tsx').then((m) => ({ default: m.CommentsPanel })),
);
