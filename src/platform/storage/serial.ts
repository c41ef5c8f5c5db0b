// Writes that must not interleave within this page: an import (its records are written before its index entries) and
// a removal (the records it plans to delete are chosen from the day index before they are deleted in their room).

/** Runs each task after the one before it has settled; a failing task does not stop the next. */
export function createSerial(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const next = tail.then(task, task);
    tail = next.catch(() => undefined);
    return next;
  };
}
