import { useEffect, useRef } from 'preact/hooks';

/**
 * Focuses an element once a render has put it in place: a store change
 * renders a moment later, so the element of a new entry (or the neighbour of
 * a removed one) is not there yet when the button is clicked. `until` waits
 * for the change itself (the removed entry gone).
 */
export function useFocusLater(): (id: string, until?: () => boolean) => void {
  const pending = useRef<{ id: string; until: () => boolean } | undefined>(undefined);
  useEffect(() => {
    const target = pending.current;
    const element = target?.until() && document.getElementById(target.id);
    if (!element) return;
    pending.current = undefined;
    element.focus();
  });
  return (id, until = () => true) => {
    pending.current = { id, until };
  };
}
