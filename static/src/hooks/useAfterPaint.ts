import { useEffect, useState } from 'react';

/**
 * False until the browser has painted the first frame since the component mounted, then true
 * (at once when `already`). What waits for it stays out of the first paint: the work of fetching
 * and drawing it does not hold up the frame that shows what the viewer came for.
 */
export function useAfterPaint(already = false): boolean {
  const [painted, setPainted] = useState(already);
  useEffect(() => {
    if (painted) return;
    let task: ReturnType<typeof setTimeout> | undefined;
    // An animation frame callback runs just before its frame is painted; a task queued from it
    // runs after.
    const frame = requestAnimationFrame(() => {
      task = setTimeout(() => setPainted(true));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };
  }, [painted]);
  return painted;
}
