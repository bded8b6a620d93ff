import { afterAll, beforeAll, expect, it } from 'vitest';
import { E2E_BUILD, launchExtension, openPopup, openTab, serveFixtures, type Extension, type FixtureServer } from './helpers';

// The popup speaks the browser's language: here Chromium's UI is Vietnamese.
let server: FixtureServer;
let ext: Extension;

beforeAll(async () => {
  server = await serveFixtures();
  ext = await launchExtension(E2E_BUILD, { args: ['--lang=vi'], env: { LANGUAGE: 'vi' } });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

it('shows the popup in Vietnamese in a Vietnamese browser', async () => {
  const { tabId } = await openTab(ext, server.url('vi-dangcongsan-anniversary.html'));
  const popup = await openPopup(ext, tabId);
  await popup.getByTestId('article-title').waitFor();
  expect(await popup.getByTestId('save').textContent()).toBe('Lưu vào thư viện');
  expect(await popup.locator('.meta').textContent()).toMatch(/\d+ phút đọc/);
  expect(await popup.getByTestId('article-date').textContent()).toBe('24 tháng 11, 2016');
  expect(await popup.locator('.group h3').first().textContent()).toBe('Ngày tháng');
});
