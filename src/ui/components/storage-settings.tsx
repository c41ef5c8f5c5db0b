// Settings › Storage: space used and available, whether it is persistent, and clearing history or stories.
import { useEffect, useState } from 'react';
import { useApp, useT } from '../store-context';

/** A button that asks for a second press before doing something that cannot be undone. */
function ConfirmButton({ label, confirm, onConfirm, testId }: { label: string; confirm: string; onConfirm: () => void; testId: string }) {
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    if (!armed) return;
    const timer = setTimeout(() => setArmed(false), 5000);
    return () => clearTimeout(timer);
  }, [armed]);
  return (
    <button
      type="button"
      className={armed ? 'danger' : undefined}
      onClick={() => {
        if (!armed) return setArmed(true);
        setArmed(false);
        onConfirm();
      }}
      data-testid={testId}
    >
      {armed ? confirm : label}
    </button>
  );
}

export function StorageSettings() {
  const t = useT();
  const info = useApp((s) => s.storageInfo);
  const refresh = useApp((s) => s.refreshStorageInfo);
  const clearHistory = useApp((s) => s.clearHistory);
  const clearStories = useApp((s) => s.clearStories);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return (
    <section className="storage-settings" aria-labelledby="storage-heading">
      <h3 id="storage-heading">{t.storage.heading}</h3>
      <p className="small" data-testid="storage-used">
        {info ? t.storage.used(info) : t.storage.unknown}
      </p>
      {info ? (
        <p className="small muted" data-testid="storage-persistent">
          {t.storage.persistent(info.persisted)}
        </p>
      ) : null}
      <div className="storage-actions">
        <ConfirmButton label={t.storage.clearHistory} confirm={t.storage.confirm} onConfirm={() => void clearHistory().then(refresh)} testId="clear-history" />
        <ConfirmButton label={t.storage.clearStories} confirm={t.storage.confirm} onConfirm={() => void clearStories()} testId="clear-stories" />
      </div>
    </section>
  );
}
