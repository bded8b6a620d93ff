import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESULTS, openPopup, serveFixtures, type Extension, type FixtureServer } from './helpers';
import { newProfile, openLibrary, type Profile } from './library-extension';
import {
  OTHER, OTHER_TITLE, REFERENCE, REFERENCE_TITLE, clipFromTab, dumpDb, saveFromPopup, search, selectText, waitForTotal,
  type DbDump,
} from './library-page';

const TAGS = 'đảng bộ, Hà Nội';
const NOTE = 'Kỷ niệm 20 năm: good source for the anniversary timeline.';
const OFFICIAL = 'Trịnh Huy Thành';
const AWARD = 'Huân chương Lao động hạng Nhất';
const QUOTE = 'The station sits at the mouth of the estuary, where the tide rises and falls by more than seven metres twice a day.';

let server: FixtureServer;
let profile: Profile;
let ext: Extension;

beforeAll(async () => {
  server = await serveFixtures();
  profile = newProfile();
  ext = await profile.launch();
  mkdirSync(RESULTS, { recursive: true });
});

afterAll(async () => {
  await ext?.close();
  profile?.remove();
  await server?.close();
});

// Undo re-creates a tag that the delete pruned, with a new date: compare what the library shows.
const tagNames = (dump: DbDump) => (dump.tags as Array<{ name: string }>).map((t) => t.name);
const titles = (library: Page) => library.getByTestId('item-title').allTextContents();
const shot = (page: Page, name: string) => page.screenshot({ path: join(RESULTS, `library-${name}.png`), fullPage: true });

describe('saving from the popup', () => {
  it('shows the facts, saves with a tag and a note, and says so when opened again', async () => {
    const { popup, tabId } = await saveFromPopup(ext, server.url(REFERENCE), { tags: TAGS, note: NOTE });
    expect((await popup.getByTestId('fact-date').allTextContents()).join('\n')).toContain('2016-11-24');
    expect((await popup.getByTestId('fact-official').allTextContents()).some((o) => o.includes(OFFICIAL))).toBe(true);
    expect((await popup.getByTestId('fact-award').allTextContents()).some((a) => a.includes(AWARD))).toBe(true);
    const savedText = await popup.getByTestId('saved').textContent();
    expect(savedText).toMatch(/^Saved on /);
    await popup.close();

    const again = await openPopup(ext, tabId);
    await again.getByTestId('saved').waitFor();
    expect(await again.getByTestId('saved').textContent()).toBe(savedText);
    await again.close();
  });

  it('saves a second article and a clipping from it', async () => {
    const { page, tabId } = await saveFromPopup(ext, server.url(OTHER), { tags: 'energy' });
    await selectText(page, QUOTE);
    expect(await clipFromTab(ext, tabId, { via: 'menu', selectionText: QUOTE })).toBe('✓');
  });
});

describe('after a browser restart with the same profile', () => {
  let library: Page;
  beforeAll(async () => {
    await ext.close();
    ext = await profile.launch();
    library = await openLibrary(ext);
  });

  it('still lists everything saved', async () => {
    await waitForTotal(library, 3);
    expect((await titles(library)).sort()).toEqual([OTHER_TITLE, REFERENCE_TITLE].sort());
    expect(await library.getByTestId('clipping').locator('blockquote').textContent()).toBe(QUOTE);
  });

  it('finds the article by a query typed without diacritics', async () => {
    await search(library, 'trinh huy thanh', 1);
    expect(await library.getByTestId('item').count()).toBe(1);
    expect(await titles(library)).toEqual([REFERENCE_TITLE]);
    const row = library.getByTestId('item');
    expect(await row.locator('.note').textContent()).toBe(NOTE);
    expect(await row.locator('.tags li').allTextContents()).toEqual(['đảng bộ', 'Hà Nội']);
    await shot(library, 'list');
  });

  it('opens the detail view with its note, tags and facts', async () => {
    await library.getByTestId('item-title').click();
    await library.getByTestId('detail').waitFor();
    expect(await library.locator('#detail-title').textContent()).toBe(REFERENCE_TITLE);
    expect(await library.getByTestId('note-input').inputValue()).toBe(NOTE);
    expect(await library.getByTestId('tags-input').inputValue()).toBe('đảng bộ, Hà Nội');
    expect(await library.getByTestId('fact-official').allTextContents()).toContain(OFFICIAL);
    expect(await library.getByTestId('offline-copy').textContent()).toContain('Sáng 24/11');
    await shot(library, 'detail');
  });

  it('lists every article that mentions an official chosen in the detail view', async () => {
    await search(library, '', 3); // the fact filter alone, not the query as well
    await library.getByRole('link', { name: REFERENCE_TITLE }).click();
    await library.getByTestId('fact-official').filter({ hasText: OFFICIAL }).click();
    await library.getByTestId('fact-filter').waitFor();
    expect(await library.getByTestId('fact-filter').textContent()).toContain(`Mentions ${OFFICIAL}`);
    await waitForTotal(library, 1);
    expect(await titles(library)).toEqual([REFERENCE_TITLE]);
    expect(await library.getByTestId('clipping').count()).toBe(0);
    await library.getByTestId('fact-filter').getByRole('button').click();
    await waitForTotal(library, 3);
  });
});

describe('export and re-import into a fresh profile', () => {
  let backupPath: string;
  let before: DbDump;

  it('exports a backup that holds exactly what the database holds', async () => {
    const library = await openLibrary(ext);
    before = await dumpDb(library);
    const [download] = await Promise.all([library.waitForEvent('download'), library.getByTestId('export-json').click()]);
    expect(download.suggestedFilename()).toMatch(/^lede-library-\d{4}-\d{2}-\d{2}\.json$/);
    backupPath = join(RESULTS, 'library-backup.json');
    await download.saveAs(backupPath);
    const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as Record<string, unknown>;
    expect(backup.format).toBe('lede-backup');
    expect(backup.articles).toEqual(before.articles);
    expect(backup.clippings).toEqual(before.clippings);
    expect(backup.tags).toEqual(before.tags);
    expect(before.articles).toHaveLength(2);
    expect(before.clippings).toHaveLength(1);
  });

  it('imports it into an empty library, field for field', async () => {
    const fresh = newProfile();
    const other = await fresh.launch();
    try {
      const library = await openLibrary(other);
      expect(await library.locator('main .empty').textContent()).toContain('Your library is empty');
      await library.getByTestId('import-file').setInputFiles(backupPath);
      await library.getByTestId('notice').filter({ hasText: 'Import finished' }).waitFor();
      expect(await library.getByTestId('notice').textContent()).toContain('3 added, 0 updated, 0 skipped');
      await waitForTotal(library, 3);
      expect((await titles(library)).sort()).toEqual([OTHER_TITLE, REFERENCE_TITLE].sort());
      const after = await dumpDb(library);
      // The backup, and the indexes rebuilt from it: search, facts and the vocabulary.
      for (const table of ['articles', 'clippings', 'tags', 'facts', 'search', 'searchText', 'terms']) {
        expect.soft(after[table], table).toEqual(before[table]);
      }
      await search(library, 'trinh huy thanh', 1);
      expect(await titles(library)).toEqual([REFERENCE_TITLE]);

      // The same file again changes nothing.
      await library.getByTestId('import-file').setInputFiles(backupPath);
      await library.getByTestId('notice').filter({ hasText: '3 skipped' }).waitFor();
      expect(await dumpDb(library)).toEqual(after);
    } finally {
      await other.close();
      fresh.remove();
    }
  });
});

describe('deleting with undo, and refusing a corrupt backup', () => {
  let library: Page;
  beforeAll(async () => {
    library = await openLibrary(ext);
    await waitForTotal(library, 3);
  });

  it('deletes an article from the list and puts it back, clippings linked again', async () => {
    const before = await dumpDb(library);
    await library.getByRole('button', { name: `Delete: ${OTHER_TITLE}` }).click();
    const notice = library.getByTestId('notice');
    await notice.filter({ hasText: `Deleted “${OTHER_TITLE}”.` }).waitFor();
    await waitForTotal(library, 2);
    expect(await titles(library)).toEqual([REFERENCE_TITLE]);
    // Its clipping stays, no longer under an article: it links to its page.
    expect(await library.getByTestId('clipping-title').getAttribute('href')).toBe(server.url(OTHER));

    await library.getByTestId('undo').click();
    await waitForTotal(library, 3);
    expect((await titles(library)).sort()).toEqual([OTHER_TITLE, REFERENCE_TITLE].sort());
    const after = await dumpDb(library);
    expect(after.articles).toEqual(before.articles);
    expect(after.clippings).toEqual(before.clippings);
    expect(tagNames(after)).toEqual(tagNames(before));
    expect(await library.getByTestId('clipping-title').getAttribute('href')).toMatch(/^#article\//);
  });

  it('deletes an article from its detail view and puts it back', async () => {
    const before = await dumpDb(library);
    await library.getByRole('link', { name: REFERENCE_TITLE }).click();
    await library.getByTestId('delete-article').click();
    await library.getByTestId('undo').waitFor();
    await waitForTotal(library, 2);
    expect(await library.getByTestId('detail').count()).toBe(0);
    await library.getByTestId('undo').click();
    await waitForTotal(library, 3);
    const after = await dumpDb(library);
    expect(after.articles).toEqual(before.articles);
    expect(tagNames(after)).toEqual(tagNames(before));
  });

  /** Imports `text` as a file named `name`; returns the notice, which must be a failure. */
  async function importRejected(name: string, text: string): Promise<string> {
    const dismiss = library.getByTestId('notice').getByRole('button', { name: 'Dismiss' });
    if (await dismiss.count()) await dismiss.click();
    await library.getByTestId('import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const notice = library.locator('[data-testid="notice"].failed');
    await notice.waitFor();
    expect(await library.getByRole('alert').textContent()).toBe(await notice.textContent());
    return (await notice.locator('span').textContent()) ?? '';
  }

  const good = () => readFileSync(join(RESULTS, 'library-backup.json'), 'utf8');

  it('rejects a truncated, a foreign and a half-bad backup, and changes nothing', async () => {
    const backup = JSON.parse(good()) as { articles: Array<Record<string, unknown>> };
    // One new, valid article next to one broken field: all or nothing.
    const savedAt = Date.now();
    const id = `${savedAt.toString(36).padStart(9, '0')}-newentry`;
    const added = { ...backup.articles[0]!, id, savedAt, updatedAt: savedAt, url: 'https://example.org/new', text: 'A different text.' };
    backup.articles = [added, { ...backup.articles[1]!, savedAt: 'yesterday' }];
    const files = [
      { name: 'truncated.json', text: good().slice(0, Math.floor(good().length / 2)), reason: 'This backup cannot be imported' },
      { name: 'foreign.json', text: '{"hello":"world"}', reason: 'is not a Lede backup' },
      { name: 'half-bad.json', text: JSON.stringify(backup), reason: 'articles[1].savedAt should be a number' },
    ];
    const before = await dumpDb(library);
    for (const file of files) {
      const text = await importRejected(file.name, file.text);
      expect(text, file.name).toMatch(/^Nothing was imported\. /);
      expect(text, file.name).toContain(file.reason);
    }
    expect(await dumpDb(library)).toEqual(before);
    expect((await titles(library)).sort()).toEqual([OTHER_TITLE, REFERENCE_TITLE].sort());
  });

  it('says a backup cut short is incomplete, wherever it was cut', async () => {
    const text = good();
    // Cut inside a string, and right after a comma between two fields.
    const cuts = [text.indexOf('"title":"') + 12, text.indexOf(',"title":') + 1];
    for (const cut of cuts) {
      expect(await importRejected('cut.json', text.slice(0, cut)), `cut at ${cut}: …${text.slice(cut - 12, cut)}`).toContain(
        'incomplete (truncated)',
      );
    }
  });
});
