import { useCallback, useRef } from 'react';
import { showFlag } from '@forge/bridge';

export interface Notice {
  appearance: 'success' | 'info' | 'warning' | 'error';
  title: string;
  /** A later notice with the same key replaces this one (a job's progress, said again). */
  key?: string;
}

export interface NoticeControls {
  notify: (notice: Notice) => void;
}

interface Shown {
  same: (notice: Notice) => boolean;
  close: () => Promise<unknown>;
}

/** Flag ids are the app's own: a prefix per page load keeps a reload's from meeting the last. */
const pageLoad = Math.random().toString(36).slice(2, 10);

/**
 * Outcomes of the admin's actions as flags in Jira's own flag area (`showFlag`), not drawn in
 * the app's frame: Jira's frame grows with the page, so a flag fixed to its bottom could be
 * below the screen. Successes and news go by themselves; an error or a warning may say what the
 * admin still has to do, so it stays until dismissed (Jira gives every non-bold flag a close
 * button, which is why no `appearance` is set).
 */
export function useNotices(): NoticeControls {
  const shown = useRef<Shown[]>([]);
  const nextId = useRef(1);
  const notify = useCallback((notice: Notice) => {
    // The same news again replaces its earlier flag rather than stacking a copy of it (three
    // clicks on Backup now while a job runs: one flag).
    const earlier = shown.current.filter((flag) => flag.same(notice));
    shown.current = shown.current.filter((flag) => !earlier.includes(flag));
    for (const flag of earlier) void flag.close().catch(() => undefined);
    const flag = showFlag({
      id: `gitprotect-${pageLoad}-${nextId.current++}`,
      title: notice.title,
      type: notice.appearance,
      isAutoDismiss: notice.appearance === 'success' || notice.appearance === 'info',
    });
    shown.current.unshift({
      same: (next) =>
        next.key !== undefined
          ? next.key === notice.key
          : next.title === notice.title && next.appearance === notice.appearance,
      close: () => flag.close(),
    });
    // Only the flags that could still be on screen are worth remembering.
    shown.current.length = Math.min(shown.current.length, 20);
  }, []);
  return { notify };
}
