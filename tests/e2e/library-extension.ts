import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { E2E_BUILD, chromePath, type Extension } from './helpers';

/** What functions evaluated in the extension's service worker see. */
declare const chrome: typeof browser;

/** LIB_BUILD lets these tests run on a build of their own while others rebuild .output-e2e. */
export const LIB_BUILD = process.env.LIB_BUILD ?? E2E_BUILD;

/** A browser profile that outlives the browsers started in it: the library must survive a restart. */
export interface Profile {
  dir: string;
  /** Starts Chromium with the extension in this profile; closing it keeps the profile. */
  launch: () => Promise<Extension>;
  /** Deletes the profile folder. */
  remove: () => void;
}

/** A new, empty profile for `extension` (default LIB_BUILD). */
export function newProfile(extension = LIB_BUILD): Profile {
  if (!existsSync(join(extension, 'manifest.json'))) throw new Error(`No build at ${extension}: run the build first.`);
  const dir = mkdtempSync(join(tmpdir(), 'lede-lib-e2e-'));
  return {
    dir,
    launch: () => launchInProfile(extension, dir),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The same Chromium flags as helpers.ts `launchExtension`, in a profile the caller owns. */
async function launchInProfile(extension: string, profile: string): Promise<Extension> {
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: chromePath(),
    viewport: { width: 1000, height: 800 },
    acceptDownloads: true,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  context.setDefaultTimeout(10_000);
  // Chromium loads a --load-extension build afresh at every start, so its worker starts each time.
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return { context, id, worker, close: () => context.close() };
}

/** Opens the research library page in a new tab and waits for its first page of results. */
export async function openLibrary(ext: Extension, hash = ''): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.id}/library.html${hash}`);
  await page.getByTestId('search').waitFor();
  await page.locator('[data-testid="result-count"], .empty').first().waitFor();
  return page;
}
