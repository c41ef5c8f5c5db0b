import { describe, expect, it } from 'vitest';
import { createLevelMeter } from './level-meter';

describe('level meter', () => {
  it('shows readings in whole decibels, only when they move by its step, and tells listeners', () => {
    const meter = createLevelMeter(3);
    const drawn: number[] = [];
    meter.subscribe((db) => drawn.push(db));
    expect(meter.move(-40.4)).toBe(true);
    expect(meter.move(-38.2)).toBe(false);
    expect(meter.move(-36.6)).toBe(true);
    expect(meter.move(-500)).toBe(true);
    expect(drawn).toEqual([-40, -37, -100]);
  });

  it('set() shows a value as it is, and stops calling an unsubscribed listener', () => {
    const meter = createLevelMeter(10);
    const drawn: number[] = [];
    const stop = meter.subscribe((db) => drawn.push(db));
    meter.set(-20);
    stop();
    meter.set(-100);
    expect(drawn).toEqual([-20]);
    expect(meter.db).toBe(-100);
  });
});
