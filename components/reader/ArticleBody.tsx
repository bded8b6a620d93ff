import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { clearHighlights, highlightQuote } from '@/lib/reader/highlight';
import type { HighlightTarget } from '@/lib/state/reader';
import { rt } from './strings';

interface Props {
  /** Sanitized, prepared article HTML. */
  html: string;
  highlight: HighlightTarget | null;
  /** Called when the highlighted sentence was not found in the rendered text. */
  onMissing: () => void;
}

const reducedMotion = () => globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * The article body. Its HTML is set by hand rather than through Preact so that the highlight's
 * <mark> wrappers (DOM edits Preact does not know about) are never fought over on re-render.
 */
export function ArticleBody({ html, highlight, onMissing }: Props) {
  const ref = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const root = ref.current;
    // Image errors do not bubble: listen in the capture phase, before any HTML is set.
    const onError = (e: Event) => {
      if (e.target instanceof HTMLImageElement) e.target.classList.add('lede-broken');
    };
    root?.addEventListener('error', onError, true);
    return () => root?.removeEventListener('error', onError, true);
  }, []);

  useLayoutEffect(() => {
    if (ref.current) ref.current.innerHTML = html;
  }, [html]);

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    // Facts may also come from the title, which the header renders just above the body.
    const article = root.closest('article') ?? root;
    clearHighlights(article);
    if (!highlight) return;
    const title = rt('readerFromSentence', highlight.facts.join(' · '));
    let marks = highlightQuote(root, highlight.quote, { hint: highlight.hint, title });
    if (!marks.length && article !== root) marks = highlightQuote(article, highlight.quote, { title });
    if (marks[0]) marks[0].scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
    else onMissing();
  }, [html, highlight]);

  return <div ref={ref} class="content" data-testid="reader-content" />;
}
