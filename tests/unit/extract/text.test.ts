import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes } from '../../../lib/extract/count';
import { htmlToText } from '../../../lib/extract/text';
import { docFrom } from './helpers';

const textOf = (html: string) => {
  const doc = docFrom(`<div id="r">${html}</div>`);
  return htmlToText(doc.getElementById('r')!);
};

describe('htmlToText', () => {
  it('separates blocks by one blank line and collapses spaces inside them', () => {
    expect(textOf('<h2>Head</h2><p>One\n   two <b>three</b></p><ul><li>a</li><li>b</li></ul><blockquote>q</blockquote>')).toBe(
      'Head\n\nOne two three\n\na\n\nb\n\nq',
    );
  });

  it('puts a table row on one line and a caption on its own', () => {
    expect(textOf('<table><tr><th>Name</th><th>Age</th></tr><tr><td>An</td><td>30</td></tr></table><figure><img src="x"><figcaption>Cap</figcaption></figure>')).toBe(
      'Name | Age\n\nAn | 30\n\nCap',
    );
  });

  it('returns NFC and skips scripts', () => {
    const nfd = 'Hà Nội'.normalize('NFD');
    expect(textOf(`<p>${nfd}</p><script>var x = 1;</script>`)).toBe('Hà Nội');
  });
});

describe('counting', () => {
  it('counts Vietnamese syllables and English words', () => {
    expect(countWords('Đảng bộ khối Công nghiệp - Hà Nội', 'vi')).toBe(7);
    expect(countWords("It's a well-known U.S. fact, isn't it?", 'en')).toBe(7);
  });

  it('rounds reading time up', () => {
    expect(readingMinutes(0, 'en')).toBe(0);
    expect(readingMinutes(1, 'en')).toBe(1);
    expect(readingMinutes(231, 'en')).toBe(2);
    expect(readingMinutes(440, 'vi')).toBe(2);
    expect(readingMinutes(441, 'vi')).toBe(3);
  });
});
