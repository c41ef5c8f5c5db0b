// A screen's heading: it takes focus when the user moved to the screen, so a screen reader announces where they are.
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';

/** True when the screen being shown was reached by navigation (not the first load). */
export const FocusHeading = createContext(false);

export function ScreenHeading({ id, className, children }: { id: string; className?: string; children: ReactNode }) {
  const focus = useContext(FocusHeading);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <h2 id={id} ref={ref} tabIndex={-1} className={className} data-testid="screen-heading">
      {children}
    </h2>
  );
}
