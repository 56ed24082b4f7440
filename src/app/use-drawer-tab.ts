import { useCallback, useState } from 'react';

export type DrawerTab = 'checks' | 'note' | 'versions' | 'comments' | 'scenarios';

const TAB_KEY = 'termverkstad:drawer-tab';
const remembered = (): DrawerTab => {
  try {
    return (localStorage.getItem(TAB_KEY) as DrawerTab | null) ?? 'checks';
  } catch {
    return 'checks';
  }
};

/** The drawer's tab, remembered; the app holds it so the document head can open Versioner. */
export function useDrawerTab() {
  const [tab, setTab] = useState<DrawerTab>(remembered);
  const select = useCallback((id: DrawerTab) => {
    setTab(id);
    try {
      localStorage.setItem(TAB_KEY, id);
    } catch {
      // The choice holds for this visit.
    }
  }, []);
  return { tab, select };
}
