import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../../lib/extract/sanitize';

const win = new JSDOM('').window as unknown as Window;
const clean = (html: string) => sanitizeHtml(html, win);

describe('sanitizeHtml', () => {
  it('keeps figures, tables, links and images', () => {
    const html = clean(
      '<figure><img src="https://x.test/a.jpg" alt="A"><figcaption>Cap</figcaption></figure><table><tr><td>1</td></tr></table><p><a href="https://x.test/">link</a></p>',
    );
    expect(html).toContain('<figure><img src="https://x.test/a.jpg" alt="A"><figcaption>Cap</figcaption></figure>');
    expect(html).toContain('<td>1</td>');
    expect(html).toContain('<a href="https://x.test/" rel="noopener noreferrer" target="_blank">link</a>');
  });

  it('drops scripts, handlers, forms, frames, base and meta refresh', () => {
    const html = clean(
      '<p onclick="x()">t</p><script>alert(1)</script><form><input></form><iframe src="https://x.test"></iframe><base href="https://evil.test/"><meta http-equiv="refresh" content="0;url=https://evil.test"><img src="x" onerror="alert(1)">',
    );
    expect(html).not.toMatch(/onclick|onerror|<script|<form|<input|<iframe|<base|<meta/);
    expect(html).toContain('<p>t</p>');
  });

  it('drops javascript: and data: links and every inline style', () => {
    const html = clean(
      '<a href="javascript:alert(1)">a</a><a href="data:text/html,<script>alert(1)</script>">b</a><p style="background:url(https://tracker.test/p.gif)">c</p><p style="color:red">d</p><p style="background:u\\72l(https://tracker.test/q.gif)">e</p>',
    );
    expect(html).not.toMatch(/javascript:|data:|url\(|style=/);
    expect(html).toContain('<p>d</p>');
    expect(html).toContain('<p>e</p>');
  });

  it('drops ids and names that would shadow extension globals', () => {
    const html = clean('<p id="browser">a</p><img name="chrome" src="https://x.test/i.png" alt=""><p id="Constructor">b</p><p id="intro">c</p>');
    expect(html).not.toMatch(/id="browser"|name="chrome"|id="Constructor"/i);
    expect(html).toContain('<p id="intro">c</p>');
  });
});
