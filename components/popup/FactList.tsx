import { factGroups, type FactKind, GROUP_TITLES } from '@/lib/facts/view';
import type { Facts } from '@/lib/facts/types';
import { t } from '@/lib/i18n';

/** Test ids are a contract: the e2e tests find facts by them. */
const TEST_IDS: Partial<Record<FactKind, string>> = { date: 'fact-date', official: 'fact-official', award: 'fact-award' };

interface Props {
  facts: Facts;
  /** Key ("kind:index") of the fact whose source sentence is open. */
  selected: string | null;
  onSelect: (key: string) => void;
}

/** The key facts grouped by type; a fact opens its source sentence. */
export function FactList({ facts, selected, onSelect }: Props) {
  const groups = factGroups(facts);
  const summary = groups.find((g) => g.kind === 'summary');
  const listed = groups.filter((g) => g.kind !== 'summary');
  return (
    <section class="facts" aria-labelledby="facts-heading">
      <h2 id="facts-heading">{t('factsHeading')}</h2>
      {!facts.supported && <p class="hint">{t('factsUnsupported')}</p>}
      {groups.length === 0 && <p class="hint">{t('factsNone')}</p>}
      {listed.map((g) => (
        <div class="group" key={g.kind}>
          <h3>{t(GROUP_TITLES[g.kind])}</h3>
          <ul lang={facts.lang}>
            {g.items.map((item) => {
              const open = selected === item.key;
              const detail = item.recipient ? t('awardTo', item.recipient) : item.detail;
              return (
                <li key={item.key} data-testid={TEST_IDS[g.kind]}>
                  <button type="button" class="fact" aria-expanded={open} onClick={() => onSelect(item.key)}>
                    <span class="label">{item.label}</span>
                    {detail && <span class="detail">{detail}</span>}
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
      {summary && (
        <div class="group">
          <h3>{t('groupSummary')}</h3>
          <ul class="summary" lang={facts.lang}>
            {summary.items.map((line) => <li key={line.key}>{line.label}</li>)}
          </ul>
        </div>
      )}
    </section>
  );
}
