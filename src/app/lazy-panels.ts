import { lazy } from 'react';
import { onDemand } from '../components/on-demand.ts';

// Förhandsgranska's form, its note and Testfall: not in the first download, and fetched when the
// page is first idle (prefetchPreview) so that opening the form does not wait for them. Rendered
// through WhenLoaded, which does not suspend once they are there.
export const previewForm = onDemand(() => import('../features/preview/preview.tsx'));
export const journalNote = onDemand(() => import('../features/preview/journal-note.tsx'));
export const scenariosPanel = onDemand(() => import('../features/preview/scenarios-panel.tsx'));
// The live form itself (in the form's chunk), for working it out before the form is opened.
export const liveFormModule = onDemand(() => import('../domain/live-form.ts'));

/** Fetches the preview's code in the background (a failure is retried when the form is opened). */
export function prefetchPreview(): void {
  for (const module of [previewForm, journalNote, scenariosPanel, liveFormModule])
    void module.load().catch(() => undefined);
}

// Versioner and Kommentarer are loaded when their tab is first opened: Kontroll is the default.
export const VersionsPanel = lazy(() =>
  import('../features/versions/versions-panel.tsx').then((m) => ({ default: m.VersionsPanel })),
);
export const CommentsPanel = lazy(() =>
  import('../features/review/comments-panel.tsx').then((m) => ({ default: m.CommentsPanel })),
);
