import { afterEach, describe, expect, it } from 'vitest';
import { findChrome, requireChrome } from './find-chrome';

const saved = { CHROME_PATH: process.env.CHROME_PATH, PATH: process.env.PATH };
afterEach(() => {
  process.env.CHROME_PATH = saved.CHROME_PATH;
  process.env.PATH = saved.PATH;
  if (saved.CHROME_PATH === undefined) delete process.env.CHROME_PATH;
});

describe('findChrome', () => {
  it('takes CHROME_PATH when it is executable', () => {
    process.env.CHROME_PATH = process.execPath;
    expect(findChrome()).toBe(process.execPath);
  });

  it('fails with install instructions when CHROME_PATH is wrong', () => {
    process.env.CHROME_PATH = '/nonexistent/chrome';
    expect(findChrome()).toBeNull();
    expect(() => requireChrome()).toThrow(/CHROME_PATH=\/nonexistent\/chrome is not an executable file[\s\S]*apt-get install -y chromium/);
  });
});
