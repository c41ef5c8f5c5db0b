// A value that follows another once it has stopped changing for a while: search words typed, a count announced.
import { useEffect, useState } from 'react';

/** `value`, `ms` after its last change (at once on the first render). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
