// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleDetail } from '@/components/library/ArticleDetail';
import { ItemList } from '@/components/library/ItemList';
import { NoticeBar } from '@/components/library/NoticeBar';
import { TransferPanel } from '@/components/library/TransferPanel';
import { LIBRARY_STRING_KEYS, lt } from '@/components/library/strings';
import { summarize, type Clipping, type ListPage, type SavedArticle } from '@/lib/db';
import { makeFacts, T0 } from '../db/helpers';

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div>';
  root = document.getElementById('root')!;
});
afterEach(() => render(null, root));

const article: SavedArticle = {
  id: '00m5xunpc-aaaaaaaa', url: 'https://a.vn/1', contentHash: '', title: 'Trao Huân chương', byline: 'Lê Văn B',
  siteName: 'Báo A', site: 'Báo A', lang: 'vi', dir: 'ltr', publishedTime: '2024-09-02', excerpt: 'Tóm tắt',
  html: '<p onclick="x()">Đoạn một <img src="https://tracker.example/p.gif" alt="Ảnh lễ trao"><script>alert(1)</script>' +
    '<a href="javascript:alert(1)">xấu</a></p><picture><source srcset="https://x/a.webp"><img src="https://x/a.jpg" alt=""></picture>',
  text: 'Đoạn một', wordCount: 2, readingMinutes: 1, tags: ['chính trị'], note: 'ghi chú', savedAt: T0, updatedAt: T0,
  facts: makeFacts({ officials: ['Trịnh Huy Thành'], awards: ['Huân chương Lao động'] }),
};
const clipping: Clipping = {
  id: '00m5xunpd-cccccccc', articleId: null, url: 'javascript:alert(1)', title: 'Nguồn', siteName: null, site: '',
  publishedTime: null, quote: 'một câu trích', prefix: '', suffix: '', facts: null, note: '', tags: [], savedAt: T0, updatedAt: T0,
};

describe('ItemList', () => {
  const page: ListPage = {
    total: 120,
    items: [
      { kind: 'article', id: article.id, savedAt: T0, article: summarize(article) },
      { kind: 'clipping', id: clipping.id, savedAt: T0, clipping },
    ],
  };
  it('renders one item per article with its title, clippings apart, and a pager', () => {
    const onPage = vi.fn();
    render(<ItemList page={page} offset={50} pageSize={50} filtered={false} locale="en" onPage={onPage} onDelete={() => {}} />, root);
    const items = root.querySelectorAll('[data-testid="item"]');
    expect(items).toHaveLength(1);
    const title = items[0]!.querySelector<HTMLAnchorElement>('[data-testid="item-title"]')!;
    expect(title.textContent).toBe('Trao Huân chương');
    expect(title.getAttribute('href')).toBe('#article/00m5xunpc-aaaaaaaa');
    expect(root.querySelectorAll('[data-testid="clipping"]')).toHaveLength(1);
    // A javascript: address is never made a link.
    expect(root.querySelector('[data-testid="clipping-title"]')!.tagName).toBe('SPAN');
    expect(root.querySelector('[data-testid="result-count"]')!.textContent).toBe('51–52 · 120 items');
    const [newer, older] = root.querySelectorAll<HTMLButtonElement>('.pager button');
    older!.click();
    newer!.click();
    expect(onPage.mock.calls).toEqual([[100], [0]]);
  });
  it('says when the library is empty or nothing matches', () => {
    render(<ItemList page={{ items: [], total: 0 }} offset={0} pageSize={50} filtered locale="en" onPage={() => {}} onDelete={() => {}} />, root);
    expect(root.textContent).toBe(lt('libNoMatch'));
  });
});

describe('ArticleDetail', () => {
  const props = { clippings: [], locale: 'en', onBack: () => {}, onFact: vi.fn(), onSaveMeta: vi.fn(), onDelete: vi.fn() };
  it('shows the offline copy sanitized again, with no request to the network', () => {
    render(<ArticleDetail article={article} {...props} />, root);
    const body = root.querySelector('[data-testid="offline-copy"]')!;
    expect(body.querySelector('script, img, picture, source, [onclick]')).toBeNull();
    expect(body.querySelectorAll('[src], [srcset]')).toHaveLength(0);
    expect(body.querySelector('a')?.getAttribute('href') ?? null).toBeNull();
    expect(body.textContent).toContain(lt('libImageRemoved', 'Ảnh lễ trao'));
  });
  it('lists facts as buttons that filter the library, and saves tags and note', async () => {
    render(<ArticleDetail article={article} {...props} />, root);
    root.querySelector<HTMLButtonElement>('[data-testid="fact-official"]')!.click();
    expect(props.onFact).toHaveBeenCalledWith('official', 'Trịnh Huy Thành');
    const tags = root.querySelector<HTMLInputElement>('[data-testid="tags-input"]')!;
    expect(tags.value).toBe('chính trị');
    await act(() => {
      tags.value = 'a, b';
      tags.dispatchEvent(new Event('input', { bubbles: true }));
    });
    root.querySelector<HTMLButtonElement>('[data-testid="save-meta"]')!.click();
    expect(props.onSaveMeta).toHaveBeenCalledWith('article', article.id, { tags: 'a, b', note: 'ghi chú' });
  });
});

describe('NoticeBar and TransferPanel', () => {
  it('offers undo after a delete', () => {
    const onUndo = vi.fn();
    render(<NoticeBar notice={{ kind: 'deleted', title: 'X' }} onUndo={onUndo} onDismiss={() => {}} />, root);
    expect(root.textContent).toContain('Deleted “X”.');
    root.querySelector<HTMLButtonElement>('[data-testid="undo"]')!.click();
    expect(onUndo).toHaveBeenCalled();
  });
  it('shows why an import was refused, as an alert', () => {
    render(<NoticeBar notice={{ kind: 'import-failed', reason: 'Bad file.' }} onUndo={() => {}} onDismiss={() => {}} />, root);
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('Nothing was imported. Bad file.');
  });
  it('has one export button per format', () => {
    const onExport = vi.fn();
    render(<TransferPanel onExport={onExport} onImport={() => {}} />, root);
    for (const f of ['json', 'csv', 'markdown', 'csl', 'bibtex', 'ris']) root.querySelector<HTMLButtonElement>(`[data-testid="export-${f}"]`)!.click();
    expect(onExport.mock.calls.map((c) => c[0])).toEqual(['json', 'csv', 'markdown', 'csl', 'bibtex', 'ris']);
  });
});

describe('strings', () => {
  it('falls back to English for every key', () => {
    for (const key of LIBRARY_STRING_KEYS) expect(lt(key, 'x')).not.toBe('');
    expect(lt('libTotal', '10,000')).toBe('10,000 items');
  });
});
