import { createContext, useContext } from 'react';
import type { BackupJob } from '../../../src/contract';

/** Every dialog of the page; one is open at a time (`DialogHost` draws it). */
export type Dialog =
  | { kind: 'editSchedule' }
  | { kind: 'backupNow' }
  | { kind: 'moreFeatures' }
  | { kind: 'disconnect' }
  | { kind: 'spaces' }
  /** The job as it was when opened; while it runs, the page's newer copy is shown. */
  | { kind: 'jobDetails'; job: BackupJob };

export interface Dialogs {
  open: (dialog: Dialog) => void;
  close: () => void;
}

export const DialogsContext = createContext<Dialogs | null>(null);

/** Opens and closes the page's dialogs, from anywhere under the page that owns them. */
export function useDialogs(): Dialogs {
  const dialogs = useContext(DialogsContext);
  if (!dialogs) throw new Error('useDialogs is used outside the page that owns the dialogs');
  return dialogs;
}

/** Whether the dialog drawn under it is open; false while it animates away after closing. */
export const DialogOpenContext = createContext<{ isOpen: boolean; onExited: () => void }>({
  isOpen: true,
  onExited: () => {},
});
