import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract';
import { docFrom } from './helpers';

const body = Array.from({ length: 6 }, (_, i) => `<p>Đoạn ${i + 1}: bệnh viện tỉnh đã mở rộng khoa cấp cứu, đầu tư thiết bị mới và đào tạo thêm bác sĩ cho các huyện miền núi trong năm qua.</p>`).join('');
const sapo = 'Sáng 15/3, bệnh viện tỉnh tổ chức lễ kỷ niệm 70 năm thành lập (15/3/1955 - 15/3/2025) và đón nhận Huân chương Lao động hạng Nhì.';

const page = (lead: string) => `<!doctype html><html lang="vi"><head><title>Bệnh viện tỉnh kỷ niệm 70 năm</title></head><body>
<header><p class="description">Trang tin tức tổng hợp của tỉnh, cập nhật liên tục mỗi ngày, mọi lúc mọi nơi cho bạn đọc.</p></header>
<main><h1>Bệnh viện tỉnh kỷ niệm 70 năm</h1>${lead}<div class="detail-content">${body}</div></main></body></html>`;

describe('the lead paragraph (sapo) outside the article body', () => {
  it('comes first in the text when it stands in its own element', () => {
    const a = extractArticle(docFrom(page(`<h2 class="detail-sapo">${sapo}</h2>`), 'https://x.vn/a'));
    expect(a.text.split('\n\n')[0]).toBe(sapo);
    expect(a.text).not.toContain('Trang tin tức tổng hợp');
  });

  it('is not repeated when Readability already kept it', () => {
    const a = extractArticle(docFrom(page('').replace('<div class="detail-content">', `<div class="detail-content"><p class="sapo">${sapo}</p>`), 'https://x.vn/a'));
    expect(a.text.split(sapo).length - 1).toBe(1);
  });
});
