// The Hands-free panel: turn listening for speech, snaps and claps on or off; see the level, what was heard; test a snap.
import { useId } from 'react';
import { useApp, useT } from '../store-context';
import type { AppState } from '../../store/types';
import { LevelBar } from './level-bar';

const selectHandsFree = (s: AppState) => s.handsFree;

export function HandsFreePanel() {
  const t = useT();
  const hf = useApp(selectHandsFree);
  const setHandsFree = useApp((s) => s.setHandsFree);
  const testSnap = useApp((s) => s.testSnap);
  const id = useId();
  const status =
    hf.status === 'problem' && hf.problem
      ? t.handsFree.problems[hf.problem](hf.detail)
      : hf.status === 'starting'
        ? t.handsFree.starting
        : hf.status === 'listening'
          ? t.handsFree.listening
          : hf.status === 'hidden'
            ? t.handsFree.hidden
            : hf.status === 'yielded'
              ? t.handsFree.yielded
            : '';
  const listening = hf.status === 'listening';
  return (
    <section className="hands-free" aria-labelledby={`${id}-heading`} data-testid="hands-free-panel">
      <h2 id={`${id}-heading`}>{t.handsFree.heading}</h2>
      <div className="check">
        <input id={id} type="checkbox" checked={hf.on} onChange={(e) => setHandsFree(e.currentTarget.checked)} aria-describedby={`${id}-hint`} data-testid="hands-free" />
        <label htmlFor={id}>{t.handsFree.toggle}</label>
        <p id={`${id}-hint`} className="muted small">
          {t.handsFree.hint}
        </p>
      </div>
      <p className={hf.status === 'problem' ? 'talk-problem' : 'small'} role="status" data-testid="hands-free-status" data-status={hf.status}>
        {status}
      </p>
      {listening ? (
        <div className="hands-free-live">
          <LevelBar meter={hf.meter} label={t.handsFree.level} testId="hands-free-level" />
          <p className="small" data-testid="hands-free-last">
            {hf.last ? t.handsFree.lastHeard(t.handsFree.sounds[hf.last.sound], hf.last.score) : ''}
          </p>
          <p className="small" data-testid="hands-free-command">
            {hf.lastCommand ? t.handsFree.command(hf.lastCommand) : ''}
          </p>
          <div className="hands-free-test">
            <button type="button" onClick={testSnap} disabled={hf.snapTest === 'waiting'} data-testid="test-snap">
              {t.handsFree.testSnap}
            </button>
            <p className="small" aria-live="polite" data-testid="snap-test">
              {hf.snapTest === 'idle' ? '' : t.handsFree.snapTest[hf.snapTest]}
            </p>
          </div>
          <p className="muted small" data-testid="hands-free-cost" data-load-ms={hf.loadMs ?? ''} data-cpu-share={hf.cpuShare ?? ''}>
            {hf.loadMs !== null ? t.handsFree.loaded(hf.loadMs) : ''} {hf.cpuShare !== null ? t.handsFree.cpu(hf.cpuShare) : ''}
          </p>
        </div>
      ) : null}
    </section>
  );
}
