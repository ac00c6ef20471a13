'use strict';
// What every browser test shares: Debian's Chromium through playwright-core, pages whose script errors the test
// can assert on, the screenshot folder, and the member page's chat bubbles.
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const artifacts = path.resolve(__dirname, '..', '..', 'artifacts', 'console');

async function launchBrowser() {
  fs.mkdirSync(artifacts, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A page whose script errors are collected in `page.errors`, so a test can fail on them. */
async function newPage(browser, viewport) {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  const p = await context.newPage();
  p.errors = [];
  p.on('pageerror', (error) => p.errors.push(error.message));
  return p;
}

/** The member page's chat bubbles holding `text` (first or last, as the test needs). */
function bubbles(p, text) {
  return p.locator('#webchat .webchat__bubble__content', { hasText: text });
}

async function say(p, text) {
  const input = p.locator('#webchat [data-id="webchat-sendbox-input"]');
  await input.fill(text);
  await input.press('Enter');
}

module.exports = { artifacts, launchBrowser, newPage, bubbles, say };
