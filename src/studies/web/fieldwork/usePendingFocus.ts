import { useEffect, useState } from 'react';

/**
 * Moves focus to an element by id once it is rendered: after a row is added (to its first field) or removed (to the
 * control that follows), so keyboard users do not fall back to the top of the page.
 */
export function usePendingFocus(): (id: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!target) return;
    document.getElementById(target)?.focus();
    setTarget(null);
  }, [target]);
  return setTarget;
}
