import { useCallback, useRef, useState } from 'react';

export interface Notice {
  id: number;
  appearance: 'success' | 'info' | 'warning' | 'error';
  title: string;
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
    // The newest first: Atlaskit's flag group shows the first child on top.
    setNotices((current) => [{ ...notice, id }, ...current]);
  }, []);
  const dismiss = useCallback((id: number | string) => {
    setNotices((current) => current.filter((notice) => notice.id !== id));
  }, []);
  return { notices, notify, dismiss };
}
