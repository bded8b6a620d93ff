// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { prepareContent } from '@/lib/reader/content';
import { collectHeadings, showToc } from '@/lib/reader/toc';

const prepare = (html: string) => prepareContent(html, window);
const parse = (html: string) => {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
};

describe('prepareContent', () => {
  it('sanitizes again: scripts, handlers and javascript: links go', () => {
    const { html } = prepare('<p onclick="x()">Hi<script>alert(1)</script> <a href="javascript:alert(1)">x</a></p><iframe src="https://e.x"></iframe>');
    expect(html).not.toMatch(/script|onclick|javascript:|iframe/i);
    expect(html).toContain('Hi');
  });

  it('opens links in a new tab without an opener, keeps fragment links in the page', () => {
    const box = parse(prepare('<p><a href="https://example.com/a">out</a> <a href="#note">in</a></p>').html);
    const [out, inPage] = Array.from(box.querySelectorAll('a'));
    expect(out!.getAttribute('target')).toBe('_blank');
    expect(out!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(inPage!.hasAttribute('target')).toBe(false);
  });

  it('drops inline colours and fonts, keeps figures, captions, tables and lists', () => {
    const src =
      '<figure><img src="https://e.x/a.jpg" alt="A" width="640" height="400"><figcaption>Cap</figcaption></figure>' +
      '<p style="color:#fff;background:#000"><font color="red" face="Comic">x</font></p>' +
      '<table><tr><th>h</th></tr><tr><td>d</td></tr></table><ul><li>a</li></ul><blockquote>q</blockquote>';
    const box = parse(prepare(src).html);
    expect(box.querySelector('[style], [color], [face]')).toBeNull();
    const img = box.querySelector('img')!;
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(img.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(img.getAttribute('width')).toBe('640');
    expect(box.querySelector('figcaption')?.textContent).toBe('Cap');
    expect(box.querySelectorAll('table td, ul li, blockquote')).toHaveLength(3);
  });

  it('returns the table of contents with ids set in the HTML', () => {
    const { html, toc } = prepare('<h2 id="site">Background</h2><p>x</p><h3>Detail</h3><h2> </h2><h5>Small</h5>');
    expect(toc).toEqual([
      { id: 'lede-h-1', text: 'Background', level: 2 },
      { id: 'lede-h-2', text: 'Detail', level: 3 },
    ]);
    const box = parse(html);
    expect(box.querySelector('#lede-h-1')?.textContent).toBe('Background');
    expect(box.querySelector('#site')).toBeNull();
  });
});

describe('table of contents', () => {
  it('treats a body h1 as level 2 and normalises heading whitespace', () => {
    const toc = collectHeadings(parse('<h1>Part\n  one</h1><h4>Deep</h4>'));
    expect(toc.map((e) => [e.text, e.level])).toEqual([
      ['Part one', 2],
      ['Deep', 4],
    ]);
  });

  it('is shown only from two headings on', () => {
    expect(showToc([])).toBe(false);
    expect(showToc([{ id: 'a', text: 'A', level: 2 }])).toBe(false);
    expect(showToc([{ id: 'a', text: 'A', level: 2 }, { id: 'b', text: 'B', level: 2 }])).toBe(true);
  });
});
