import { useCallback, useRef, useState } from 'react';

export interface Notice {
  id: number;
  appearance: 'success' | 'info' | 'warning' | 'error';
  title: string;
  /** A later notice with the same key replaces this one (a job's progress, said again). */
  key?: string;
}

export interface NoticeControls {
  notices: Notice[];
  notify: (notice: Omit<Notice, 'id'>) => void;
  dismiss: (id: number | string) => void;
}

export function useNotices(): NoticeControls {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(1);
  const notify = useCallback((notice: Omit<Notice, 'id'>) => {
    const id = nextId.current++;
    // The newest first, on top. The same news again replaces its earlier flag rather than
    // stacking a copy of it (three clicks on Backup now while a job runs: one flag).
    const same = (shown: Notice) =>
      notice.key !== undefined
        ? shown.key === notice.key
        : shown.title === notice.title && shown.appearance === notice.appearance;
    setNotices((current) => [{ ...notice, id }, ...current.filter((shown) => !same(shown))]);
  }, []);
  const dismiss = useCallback((id: number | string) => {
    setNotices((current) => current.filter((notice) => notice.id !== id));
  }, []);
  return { notices, notify, dismiss };
}
