import { type FactGroup, type FactItem, GROUP_TITLES } from '@/lib/facts/view';
import { rt } from './strings';

interface Props {
  groups: readonly FactGroup[];
  /** False when the article's language has no facts pack: say why names are missing. */
  supported: boolean;
  /** The article's language: fact labels are quoted from it, the headings are the UI's. */
  lang: string;
  /** Key of the fact whose sentence is highlighted. */
  selected: string | null;
  onSelect: (key: string) => void;
}

function Fact({ item, selected, onSelect }: { item: FactItem; selected: boolean; onSelect: (key: string) => void }) {
  const detail = item.recipient ? rt('awardTo', item.recipient) : item.detail;
  return (
    <li>
      <button
        type="button"
        class="fact"
        data-testid="fact"
        data-kind={item.kind}
        aria-current={selected ? 'true' : undefined}
        title={item.sentence}
        onClick={() => onSelect(item.key)}
      >
        <span class="label" dir="auto">{item.label}</span>
        {detail && <span class="detail" dir="auto">{detail}</span>}
      </button>
    </li>
  );
}

/** The key facts, grouped; each one scrolls to and highlights its source sentence. */
export function FactsPanel({ groups, supported, lang, selected, onSelect }: Props) {
  return (
    <section class="facts" aria-labelledby="facts-heading">
      <h2 id="facts-heading">{rt('factsHeading')}</h2>
      {!supported && <p class="hint">{rt('factsUnsupported')}</p>}
      {groups.length === 0 && <p class="hint">{rt('factsNone')}</p>}
      {groups.map((g) => (
        <section key={g.kind} class={`group group-${g.kind}`} aria-labelledby={`facts-${g.kind}`}>
          <h3 id={`facts-${g.kind}`}>{rt(GROUP_TITLES[g.kind])}</h3>
          <ul lang={lang}>
            {g.items.map((item) => (
              <Fact key={item.key} item={item} selected={item.key === selected} onSelect={onSelect} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
