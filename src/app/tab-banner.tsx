import { useSyncExternalStore } from 'react';
import { useStrings } from '../i18n/language.tsx';
import type { TabSource } from './sources.ts';

/** The banner of a read-only tab, with "Ta över redigeringen". */
export function TabBanner({ tab }: { tab: TabSource }) {
  const t = useStrings();
  const role = useSyncExternalStore(tab.subscribe, tab.getRole);
  if (role === 'editor') return null;
  return (
    <div className="tab-banner" role="alert">
      <p>{role === 'displaced' ? t.tabs.displaced : t.tabs.reader}</p>
      <button type="button" onClick={() => void tab.takeOver()}>
        {t.tabs.takeOver}
      </button>
    </div>
  );
}
