import { useEffect, useState } from 'react';
import { useStudio } from '../../state/studio-provider';

interface Notice {
  id: number;
  level: 'info' | 'warning' | 'error';
  message: string;
}

/**
 * Messages the main side pushes for the person to read, such as "the database file was damaged;
 * the backup was opened". They stay until dismissed: a recovery must not go unnoticed.
 */
export function NoticeBar() {
  const client = useStudio();
  const [notices, setNotices] = useState<Notice[]>([]);
  useEffect(() => {
    let next = 0;
    return client.subscribe((event) => {
      if (event.channel !== 'notice') return;
      const notice = { id: next++, ...event.event };
      setNotices((all) => (all.some((n) => n.message === notice.message) ? all : [...all, notice]));
    });
  }, [client]);
  if (notices.length === 0) return null;
  return (
    <div className="notice-bar">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.level}`} role={n.level === 'info' ? 'status' : 'alert'}>
          <span>{n.message}</span>
          <button type="button" onClick={() => setNotices((all) => all.filter((x) => x.id !== n.id))}>
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
