import { describe, expect, it } from 'vitest';
import { formatCitation } from '@/lib/reader/citation';
import { directionOf, formatIsoDate, siteOf } from '@/lib/reader/format';

const accessed = new Date(2026, 2, 12, 10, 0);

describe('citation', () => {
  it('gives author, title, site, date, URL and access date', () => {
    const text = formatCitation(
      {
        title: 'Đảng bộ khối Công nghiệp Hà Nội kỷ niệm 20 năm thành lập',
        byline: 'Hiền Hòa',
        siteName: 'Báo điện tử Đảng Cộng sản Việt Nam',
        publishedTime: '2016-11-24T11:20:00+07:00',
        url: 'https://dangcongsan.vn/thoi-su/a-413560.html',
      },
      { accessed, locale: 'en-GB' },
    );
    expect(text).toBe(
      'Hiền Hòa. “Đảng bộ khối Công nghiệp Hà Nội kỷ niệm 20 năm thành lập.” Báo điện tử Đảng Cộng sản Việt Nam, 24 November 2016. https://dangcongsan.vn/thoi-su/a-413560.html. Accessed 12 March 2026.',
    );
  });

  it('leaves out what is missing and falls back to the host for the site', () => {
    const text = formatCitation(
      { title: 'Why now?', byline: null, siteName: null, publishedTime: null, url: 'https://www.bbc.co.uk/news/x' },
      { accessed, locale: 'en-GB', accessedLabel: 'Truy cập' },
    );
    expect(text).toBe('“Why now?” bbc.co.uk. https://www.bbc.co.uk/news/x. Truy cập 12 March 2026.');
  });

  it('strips a leading "By" from the byline', () => {
    const text = formatCitation(
      { title: 'T', byline: 'By  Jane Doe', siteName: 'S', publishedTime: '2024-05', url: 'https://s.x/' },
      { accessed, locale: 'en-GB' },
    );
    expect(text.startsWith('Jane Doe. “T.” S, May 2024.')).toBe(true);
  });
});

describe('format helpers', () => {
  it('formats an ISO date at its own precision without shifting the day', () => {
    expect(formatIsoDate('2016-11-24T23:30:00-10:00', 'en-GB')).toBe('24 November 2016');
    expect(formatIsoDate('2016', 'en-GB')).toBe('2016');
    expect(formatIsoDate('yesterday')).toBeNull();
    expect(formatIsoDate(null)).toBeNull();
  });

  it('lays out RTL languages right to left even when the page did not say so', () => {
    expect(directionOf({ dir: 'ltr', lang: 'ar' })).toBe('rtl');
    expect(directionOf({ dir: 'rtl', lang: 'und' })).toBe('rtl');
    expect(directionOf({ dir: 'ltr', lang: 'vi' })).toBe('ltr');
  });

  it('finds the site host', () => {
    expect(siteOf('https://www.dangcongsan.vn/a')).toBe('dangcongsan.vn');
    expect(siteOf('not a url')).toBe('');
  });
});
