/**
 * Watches an extension page for signs that an attack got in: dialogs, the attacks' console
 * markers, CSP violations (an attack that reached the DOM and was only stopped by the CSP),
 * uncaught errors and requests to the canary.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface Watched {
  page: Page;
  /** Everything suspicious seen so far, one line each. */
  alarms: string[];
}

const MARKERS = /LEDE-XSS|LEDE-HIJACK|Content Security Policy|Refused to (execute|load|apply|connect|frame)/i;

// Runs in every document before its scripts: CSP violations become console lines we can see.
const REPORT_CSP = () => {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(`LEDE-CSP-VIOLATION ${e.violatedDirective} ${e.blockedURI}`);
  });
};

/** Opens `url` in a new page of `context` with the watchers attached before it loads. */
export async function openWatched(context: BrowserContext, url: string, canaryPort: number, size?: { width: number; height: number }): Promise<Watched> {
  const page = await context.newPage();
  const alarms: string[] = [];
  await page.addInitScript(REPORT_CSP);
  page.on('dialog', (d) => {
    alarms.push(`dialog ${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => {});
  });
  page.on('console', (m) => {
    if (MARKERS.test(m.text()) || m.text().includes('LEDE-CSP-VIOLATION')) alarms.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => alarms.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (new URL(r.url()).port === String(canaryPort)) alarms.push(`request to canary: ${r.url()}`);
  });
  page.on('popup', (p) => alarms.push(`opened a window: ${p.url()}`));
  if (size) await page.setViewportSize(size);
  await page.goto(url);
  return { page, alarms };
}
