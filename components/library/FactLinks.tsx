import { factEntries } from '@/lib/db/derive';
import type { FactType } from '@/lib/db/types';
import type { Facts } from '@/lib/facts/types';
import { lt, type LibraryString } from './strings';

interface Props {
  facts: Facts;
  onFact: (type: FactType, value: string) => void;
}

const GROUPS: Array<[FactType, LibraryString]> = [
  ['official', 'groupOfficials'],
  ['award', 'groupAwards'],
  ['organization', 'groupOrganizations'],
  ['place', 'groupPlaces'],
  ['date', 'groupDates'],
];

/** The article's indexed facts as buttons: each lists every item that mentions it. */
export function FactLinks({ facts, onFact }: Props) {
  const entries = factEntries(facts);
  if (!entries.length) return <p class="hint">{lt('libNoFacts')}</p>;
  return (
    <div class="fact-links" lang={facts.lang}>
      <p class="hint">{lt('libFactHint')}</p>
      {GROUPS.map(([type, title]) => {
        const values = [...new Set(entries.filter((e) => e.type === type).map((e) => e.value))];
        if (!values.length) return null;
        return (
          <div class="group" key={type}>
            <h4>{lt(title)}</h4>
            <ul>
              {values.map((v) => (
                <li key={v}>
                  <button type="button" class="fact" data-testid={`fact-${type}`} onClick={() => onFact(type, v)}>
                    {v}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
