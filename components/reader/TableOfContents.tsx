import type { TocEntry } from '@/lib/reader/toc';
import { rt } from './strings';

/** The article's headings as in-page links; rendered inside the page's <nav> landmark. */
export function TableOfContents({ toc }: { toc: readonly TocEntry[] }) {
  return (
    <nav class="toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading">{rt('readerContents')}</h2>
      <ol>
        {toc.map((entry) => (
          <li key={entry.id} class={`level-${entry.level}`}>
            <a href={`#${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
