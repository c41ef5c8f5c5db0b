// A live sound level, written straight to the bar's transform as it moves (no React render, no layout, no repaint of
// the page: the bar is its own compositor layer). Decorative for screen readers: what was heard is told in words.
import { useEffect, useRef } from 'react';
import type { LevelMeter } from '../../store/level-meter';

/** The bar shows −60…0 dBFS: quieter than −60 is a quiet room. */
const FLOOR_DB = -60;

export function LevelBar({ meter, label, className = '', testId }: { meter: LevelMeter; label?: string; className?: string; testId: string }) {
  const fill = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const draw = (levelDb: number) => {
      const fraction = Math.min(1, Math.max(0, (levelDb - FLOOR_DB) / -FLOOR_DB));
      if (fill.current) fill.current.style.transform = `scaleX(${fraction.toFixed(2)})`;
    };
    draw(meter.db);
    return meter.subscribe(draw);
  }, [meter]);
  return (
    <span className={`level ${className}`} title={label} aria-hidden="true" data-testid={testId}>
      <span className="level-fill" ref={fill} />
    </span>
  );
}
