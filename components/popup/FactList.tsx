import type { Facts } from '@/lib/facts/types';
import { t, type MessageKey } from '@/lib/i18n';

/** One fact as the popup lists it. */
interface Item {
  label: string;
  detail?: string | null;
  sentence: string;
}

interface Group {
  key: Exclude<keyof Facts, 'lang' | 'supported' | 'summary'>;
  title: MessageKey;
  items: (facts: Facts) => Item[];
}

/** The order the brief gives: what a researcher looks for first. */
const GROUPS: Group[] = [
  {
    key: 'dates',
    title: 'groupDates',
    items: (f) => f.dates.map((d) => ({ label: d.text, detail: d.end ? `${d.value} – ${d.end}` : d.value, sentence: d.sentence })),
  },
  {
    key: 'officials',
    title: 'groupOfficials',
    items: (f) => f.officials.map((o) => ({ label: o.name, detail: o.titles.join('; '), sentence: o.sentence })),
  },
  {
    key: 'awards',
    title: 'groupAwards',
    items: (f) => f.awards.map((a) => ({ label: a.name, detail: a.recipient && t('awardTo', a.recipient), sentence: a.sentence })),
  },
  { key: 'organizations', title: 'groupOrganizations', items: (f) => f.organizations.map((e) => ({ label: e.name, sentence: e.sentence })) },
  { key: 'places', title: 'groupPlaces', items: (f) => f.places.map((e) => ({ label: e.name, sentence: e.sentence })) },
  { key: 'figures', title: 'groupFigures', items: (f) => f.figures.map((n) => ({ label: n.text, detail: n.what, sentence: n.sentence })) },
];

/** Test ids are a contract: the e2e tests find facts by them. */
const TEST_IDS: Partial<Record<Group['key'], string>> = { dates: 'fact-date', officials: 'fact-official', awards: 'fact-award' };

interface Props {
  facts: Facts;
  /** "group:index" of the fact whose source sentence is open. */
  selected: string | null;
  onSelect: (key: string) => void;
}

/** The key facts grouped by type; a fact opens its source sentence. */
export function FactList({ facts, selected, onSelect }: Props) {
  const groups = GROUPS.map((g) => ({ ...g, list: g.items(facts) })).filter((g) => g.list.length > 0);
  return (
    <section class="facts" aria-labelledby="facts-heading">
      <h2 id="facts-heading">{t('factsHeading')}</h2>
      {!facts.supported && <p class="hint">{t('factsUnsupported')}</p>}
      {groups.length === 0 && facts.summary.length === 0 && <p class="hint">{t('factsNone')}</p>}
      {groups.map((g) => (
        <div class="group" key={g.key}>
          <h3>{t(g.title)}</h3>
          <ul lang={facts.lang}>
            {g.list.map((item, i) => {
              const key = `${g.key}:${i}`;
              const open = selected === key;
              return (
                <li key={key} data-testid={TEST_IDS[g.key]}>
                  <button type="button" class="fact" aria-expanded={open} onClick={() => onSelect(key)}>
                    <span class="label">{item.label}</span>
                    {item.detail && <span class="detail">{item.detail}</span>}
                  </button>
                  {open && (
                    <blockquote class="source" aria-label={t('sourceLabel')}>
                      {item.sentence}
                    </blockquote>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {facts.summary.length > 0 && (
        <div class="group">
          <h3>{t('groupSummary')}</h3>
          <ul class="summary" lang={facts.lang}>
            {facts.summary.map((line, i) => <li key={i}>{line}</li>)}
          </ul>
        </div>
      )}
    </section>
  );
}
