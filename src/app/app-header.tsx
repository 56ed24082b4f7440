import { Redo2, Undo2 } from 'lucide-react';
import { ariaKeys } from '../hooks/shortcuts.ts';
import { useStrings } from '../i18n/language.tsx';
import type { Language } from '../i18n/strings.ts';
import { useEditor } from '../state/use-editor.ts';
import { rememberedName, rememberName } from '../state/user-name.ts';
import type { SaveStatusSource } from './sources.ts';
import { SaveStatusView } from './save-status.tsx';
import { DamagedRecordsAlert } from './damaged-records.tsx';
import type { DamagedRecords } from './damaged.ts';
import { Icon } from '../components/icon.tsx';

/**
 * The header: the app's name, Ångra and Gör om, whether the library is saved, Ditt namn (for the
 * change log, comments and Papperskorg) and Språk.
 */
export function AppHeader(props: {
  readonly language: Language;
  readonly onLanguage: (language: Language) => void;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly saveStatus: SaveStatusSource | undefined;
  readonly storageProblem: string | undefined;
  readonly newerLibrary: { readonly stored: number; readonly known: number } | undefined;
  readonly journalSetAside: { readonly key: string; readonly reason: string } | undefined;
  readonly damaged: DamagedRecords | undefined;
}) {
  const t = useStrings();
  const canUndo = useEditor((s) => s.history.past.length > 0);
  const canRedo = useEditor((s) => s.history.future.length > 0);
  return (
    <header className="app-header">
      <h1>{t.appName}</h1>
      <div className="history-actions">
        <button type="button" onClick={props.undo} disabled={!canUndo} aria-keyshortcuts={ariaKeys('undo')}>
          <Icon of={Undo2} /> {t.actions.undo}
        </button>
        <button type="button" onClick={props.redo} disabled={!canRedo} aria-keyshortcuts={ariaKeys('redo')}>
          <Icon of={Redo2} /> {t.actions.redo}
        </button>
      </div>
      {props.saveStatus ? <SaveStatusView source={props.saveStatus} /> : null}
      {props.newerLibrary ? (
        <p className="save-status is-failed" role="alert">
          {t.save.newerLibrary(props.newerLibrary.stored, props.newerLibrary.known)}
        </p>
      ) : null}
      {props.damaged?.length ? <DamagedRecordsAlert records={props.damaged} /> : null}
      {props.journalSetAside ? (
        <p className="save-status is-failed" role="alert">
          {t.save.journalSetAside(props.journalSetAside.key, props.journalSetAside.reason)}
        </p>
      ) : null}
      {props.storageProblem ? (
        <p className="save-status is-failed" role="alert">
          {t.save.unavailable(props.storageProblem)}
        </p>
      ) : null}
      <label className="user-name">
        {t.userName}
        <input
          defaultValue={rememberedName()}
          maxLength={200}
          size={14}
          onBlur={(event) => rememberName(event.currentTarget.value)}
        />
      </label>
      <label className="language">
        {t.language}
        <select value={props.language} onChange={(event) => props.onLanguage(event.target.value as Language)}>
          <option value="sv">{t.languages.sv}</option>
          <option value="en">{t.languages.en}</option>
        </select>
      </label>
    </header>
  );
}
