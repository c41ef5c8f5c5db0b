// Speech recognition on this device: the person turns the app's own ear on (a one-time download, with its size and a
// progress bar), sees when it is ready, and learns that it hears English only when Vietnamese is chosen.
import { useId } from 'react';
import { EAR_STRINGS } from '../i18n/ear-strings';
import { useApp } from '../store-context';
import type { AppState } from '../../store/types';

const selectDevice = (s: AppState) => s.listening.device;

export function EarPanel() {
  const device = useApp(selectDevice);
  const lang = useApp((s) => s.lang);
  const t = { ear: EAR_STRINGS[lang] };
  const setDeviceEar = useApp((s) => s.setDeviceEar);
  const id = useId();
  const { missing, bytes } = device;
  const percent = Math.round(device.progress * 100);
  const status =
    device.status === 'loading'
      ? t.ear.loading(percent)
      : device.status === 'ready'
        ? t.ear.ready((device.loadMs ?? 0) / 1000)
        : device.status === 'failed' && device.problem
          ? t.ear.problems[device.problem](device.detail)
          : missing
            ? t.ear.problems.unsupported(missing)
            : '';
  return (
    <section className="ear-settings" aria-labelledby={`${id}-heading`} data-testid="ear-panel">
      <h2 id={`${id}-heading`}>{t.ear.heading}</h2>
      <div className="check">
        <input
          id={id}
          type="checkbox"
          checked={device.on}
          disabled={missing !== null || device.langs.length === 0}
          onChange={(e) => void setDeviceEar(e.currentTarget.checked)}
          aria-describedby={`${id}-hint`}
          data-testid="device-ear"
        />
        <label htmlFor={id}>{t.ear.toggle}</label>
        <p id={`${id}-hint`} className="muted small">
          {t.ear.hint(bytes)}
        </p>
      </div>
      {device.status === 'loading' ? <progress max={100} value={percent} aria-labelledby={`${id}-status`} data-testid="ear-progress" /> : null}
      <p id={`${id}-status`} className={device.status === 'failed' ? 'talk-problem' : 'small'} role="status" data-testid="ear-status" data-status={device.status}>
        {status}
      </p>
      {lang === 'vi' ? (
        <p className="small" data-testid="ear-english-only">
          {t.ear.englishOnly}
        </p>
      ) : null}
    </section>
  );
}
