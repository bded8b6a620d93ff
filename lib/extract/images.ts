import type { ArticleImage } from './types';
import { clean } from './metadata';

function absolute(src: string, base: string): string | null {
  try {
    const url = new URL(src, base || undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const size = (v: string | null): number | undefined => (v && /^\d+$/.test(v) ? Number(v) : undefined);

/** The article's images with absolute http(s) sources, alt text and their figure's caption. */
export function collectImages(root: Element, base: string): ArticleImage[] {
  const images: ArticleImage[] = [];
  const seen = new Set<string>();
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const src = absolute(img.getAttribute('src')?.trim() ?? '', base);
    if (!src || seen.has(src)) continue;
    seen.add(src);
    const image: ArticleImage = { src, alt: clean(img.getAttribute('alt')) };
    const caption = clean(img.closest('figure')?.querySelector('figcaption')?.textContent);
    if (caption) image.caption = caption;
    const width = size(img.getAttribute('width'));
    const height = size(img.getAttribute('height'));
    if (width) image.width = width;
    if (height) image.height = height;
    images.push(image);
  }
  return images;
}
