// Renders public/icons/icon.svg into the PNG sizes the manifest lists, with the system Chromium. Run: npm run icons
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROME_ARGS, requireChrome } from './find-chrome';

const svg = readFileSync(new URL('../public/icons/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
const page = await browser.newPage();
const targets = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  // Maskable: full-bleed background, mark inside the 80% safe zone.
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
];
for (const { file, size, maskable } of targets) {
  await page.setViewportSize({ width: size, height: size });
  const body = maskable
    ? `<div style="width:${size}px;height:${size}px;background:#12303f;display:grid;place-items:center">${svg.replace('<svg ', `<svg width="${size * 0.8}" height="${size * 0.8}" `)}</div>`
    : svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
  await page.setContent(`<html><body style="margin:0;background:transparent">${body}</body></html>`);
  writeFileSync(new URL(`../public/icons/${file}`, import.meta.url), await page.screenshot({ omitBackground: !maskable, clip: { x: 0, y: 0, width: size, height: size } }));
  console.log(`wrote public/icons/${file}`);
}
await browser.close();
