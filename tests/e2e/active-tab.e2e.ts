import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RELEASE_BUILD, launchExtension, openTab, serveFixtures, type Extension, type FixtureServer } from './helpers';

// The one flow with a real user gesture. The RELEASE build (no host permissions) runs headful on
// a private Xvfb display; xdotool presses the action shortcut, which opens the real popup and
// grants activeTab for the page. Playwright does not expose action popups as pages, so the popup
// is read through the DevTools protocol.

/** What functions evaluated in the extension's service worker see. */
declare const chrome: typeof import('wxt/browser').browser;

const REFERENCE = 'vi-dangcongsan-anniversary.html';
const TITLE = 'Đảng bộ khối Công nghiệp Hà Nội kỷ niệm 20 năm thành lập và đón nhận Huân chương Lao động hạng Nhất';

let xvfb: ChildProcess;
let display: string;
let server: FixtureServer;
let ext: Extension;

/** Starts Xvfb on a free display; it writes the display's number once it is ready. */
async function startXvfb(): Promise<string> {
  xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
  const number = await new Promise<string>((resolve, reject) => {
    xvfb.once('error', reject);
    xvfb.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
  });
  return `:${number}`;
}

const xdotool = (...args: string[]) => execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: display } }).toString().trim();

/** Brings the page's window to the front and presses `keys` there, as a person would. */
async function press(page: Page, keys: string): Promise<void> {
  await page.bringToFront();
  const window = xdotool('search', '--sync', '--onlyvisible', '--class', 'chromium').split('\n').pop()!;
  xdotool('windowfocus', '--sync', window);
  xdotool('key', keys);
}

/** Whether the extension may script the tab right now (asked of its service worker). */
const canScript = (tabId: number) =>
  ext.worker.evaluate(
    (id) => chrome.scripting.executeScript({ target: { tabId: id }, func: () => true }).then(() => true, () => false),
    tabId,
  );

/** Evaluates `expression` (awaiting a promise) in the open action popup, through the page's CDP session. */
async function evaluateInPopup(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const findPopup = async () => {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.find((t) => t.url === `chrome-extension://${ext.id}/popup.html`);
  };
  // The popup opens a moment after the key press.
  await expect.poll(findPopup, { timeout: 10_000 }).toBeDefined();
  const popup = (await findPopup())!;
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false });
  const reply = new Promise<string>((resolve) => cdp.on('Target.receivedMessageFromTarget', (e) => resolve(e.message)));
  const params = { expression, awaitPromise: true, returnByValue: true };
  await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params }) });
  const { result } = JSON.parse(await reply) as { result: { result: { value: unknown } } };
  return result.result.value;
}

beforeAll(async () => {
  display = await startXvfb();
  server = await serveFixtures();
  ext = await launchExtension(RELEASE_BUILD, { headless: false, env: { DISPLAY: display } });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  xvfb?.kill();
});

describe('shortcuts with the real activeTab gesture (release build)', () => {
  it('opens the popup, which reads the page only because the gesture granted access', async () => {
    const { page, tabId } = await openTab(ext, server.url(REFERENCE));
    expect(await canScript(tabId)).toBe(false);

    await press(page, 'alt+shift+l');

    const title = await evaluateInPopup(
      page,
      `new Promise((resolve) => {
        const look = () => {
          const el = document.querySelector('[data-testid="article-title"], [data-testid="notice"]');
          el ? resolve(el.textContent) : setTimeout(look, 50);
        };
        look();
      })`,
    );
    expect(title).toBe(TITLE);
    expect(await canScript(tabId)).toBe(true);
  });

  it('saves the selected text with the save-selection shortcut', async () => {
    const { page, tabId } = await openTab(ext, server.url(REFERENCE));
    await page.evaluate(() => {
      const lead = document.querySelector('p.sapo')!;
      getSelection()!.selectAllChildren(lead);
    });
    // No popup is open: the background reports through the badge once the clipping is stored.
    const badge = () => ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    // (On a loaded machine the X server can drop a synthetic key press before Chromium has focus, which
    // leaves the badge empty: the press is sent again, at most twice more, never the check relaxed.)
    for (let tries = 0; tries < 3 && (await badge()) !== '✓'; tries++) {
      await press(page, 'alt+shift+s');
      const until = Date.now() + 5_000;
      while (Date.now() < until && (await badge()) === '') await new Promise((r) => setTimeout(r, 200));
    }
    await expect.poll(badge).toBe('✓');
  });
});
