import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { contentHash, factKey, fold, tokenize } from '../../../lib/db';
import { fnv1a64, keyExtends } from '../../../lib/db/fold';

describe('fold', () => {
  it('strips Vietnamese diacritics, đ and case', () => {
    expect(fold('Trịnh Huy Thành')).toBe('trinh huy thanh');
    expect(fold('ĐẢNG Cộng sản')).toBe('dang cong san');
    expect(fold('Hòa')).toBe(fold('Hoà'));
    expect(fold('Ho\u0300a')).toBe('hoa'); // decomposed input
  });
  it('folds compatibility forms', () => {
    expect(fold('ﬁnance ＡＢＣ')).toBe('finance abc');
  });
  it('tokenizes on anything but letters and digits', () => {
    expect(tokenize('Ông Tô Lâm, Tổng Bí thư (2024) — “phát biểu”')).toEqual(['ong', 'to', 'lam', 'tong', 'bi', 'thu', '2024', 'phat', 'bieu']);
  });
});

describe('factKey', () => {
  it('treats old and new tone placement alike but keeps diacritics', () => {
    expect(factKey('Hoà Bình')).toBe(factKey('Hòa Bình'));
    expect(factKey('Thủy')).toBe(factKey('Thuỷ'));
    expect(factKey('Trịnh Huy Thành')).not.toBe(factKey('Trịnh Huy Thanh'));
    expect(factKey('  Tô   Lâm. ')).toBe(factKey('tô lâm'));
  });
  it('extends only on word boundaries', () => {
    const k = factKey('Huân chương Lao động');
    expect(keyExtends(factKey('Huân chương Lao động hạng Nhất'), k)).toBe(true);
    expect(keyExtends(k, k)).toBe(true);
    expect(keyExtends(factKey('Huân chương Lao độngx'), k)).toBe(false);
    expect(keyExtends('2024-09-02', '2024-09')).toBe(true);
  });
});

describe('contentHash', () => {
  it('is FNV-1a 64', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });
  it('ignores case, punctuation and spacing, and refuses short texts', () => {
    const long = 'Tổng Bí thư Tô Lâm trao Huân chương Lao động hạng Nhất. '.repeat(5);
    expect(contentHash(long)).toMatch(/^[0-9a-f]{16}$/);
    expect(contentHash(long.toUpperCase().replace(/\./g, ' ,'))).toBe(contentHash(long));
    expect(contentHash(long + ' khác')).not.toBe(contentHash(long));
    expect(contentHash('Subscribe to read')).toBe('');
  });
});
