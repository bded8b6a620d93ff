import { describe, expect, it } from 'vitest';
import { canonicalTones, fold, foldWithOffsets, nfc, sameText } from '../../../lib/facts/normalize';

describe('normalize', () => {
  it('composes NFD to NFC', () => {
    expect(nfc('Hòa'.normalize('NFD'))).toBe('Hòa');
  });

  it('moves old-style tone marks to the new position, keeping length', () => {
    expect(canonicalTones('Hoà Bình')).toBe('Hòa Bình');
    expect(canonicalTones('Nguyễn Thị Thuý')).toBe('Nguyễn Thị Thúy');
    expect(canonicalTones('sức khoẻ')).toBe('sức khỏe');
    expect(canonicalTones('TUỲ')).toBe('TÙY');
    expect(canonicalTones('Hoà'.normalize('NFD'))).toBe('Hòa');
    const old = 'Thanh Hoá, Khánh Hoà';
    expect(canonicalTones(old)).toHaveLength(old.length);
  });

  it('leaves syllables that are right in both styles', () => {
    for (const word of ['quý', 'Quỳnh', 'hoàn', 'toán', 'thuyền', 'khuyến', 'hoài', 'Hòa']) {
      expect(canonicalTones(word)).toBe(word);
    }
  });

  it('folds diacritics, đ and case for search', () => {
    expect(fold('Đà Nẵng')).toBe('da nang');
    expect(fold('Hoà') === fold('Hòa')).toBe(true);
    expect(fold('Nguyễn Thị Thuý'.normalize('NFD'))).toBe('nguyen thi thuy');
  });

  it('maps folded offsets back into the original text', () => {
    const text = 'Tại Thành phố Hồ Chí Minh';
    const { folded, offsets } = foldWithOffsets(text);
    const at = folded.indexOf('ho chi minh');
    expect(text.slice(offsets[at], offsets[at + 'ho chi minh'.length - 1]! + 1)).toBe('Hồ Chí Minh');
    const nfd = 'Hồ'.normalize('NFD');
    expect(foldWithOffsets(nfd).folded).toBe('ho');
  });

  it('compares names whatever the tone placement and case', () => {
    expect(sameText('Khánh Hoà', 'khánh hòa')).toBe(true);
    expect(sameText('Hòa', 'Hoa')).toBe(false);
  });
});
