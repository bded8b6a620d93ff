import type { LibraryFilters } from '@/lib/state/library';
import { lt, type LibraryString } from './strings';

interface Props {
  filters: LibraryFilters;
  sites: string[];
  tags: string[];
  onChange: (patch: Partial<LibraryFilters>) => void;
  onClear: () => void;
}

const DATES: Array<[keyof LibraryFilters & `${string}${'From' | 'To'}`, LibraryString]> = [
  ['savedFrom', 'libSavedFrom'],
  ['savedTo', 'libSavedTo'],
  ['publishedFrom', 'libPublishedFrom'],
  ['publishedTo', 'libPublishedTo'],
];

function Choice(props: { id: string; label: string; value: string | undefined; options: string[]; onPick: (v: string) => void }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value ?? ''} onChange={(e) => props.onPick(e.currentTarget.value)}>
        <option value="">{lt('libAny')}</option>
        {props.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Site, tag, kind, date and fact filters; every control is a native, keyboard-reachable one. */
export function FilterBar({ filters, sites, tags, onChange, onClear }: Props) {
  const active = Object.keys(filters).length > 0;
  return (
    <section class="filters" aria-labelledby="filters-heading" data-testid="filters">
      <h2 id="filters-heading">{lt('libFilters')}</h2>
      {filters.fact && (
        <p class="chip" data-testid="fact-filter">
          <span>{lt('libFactFilter', filters.fact.value)}</span>
          <button type="button" aria-label={lt('libClearFact')} title={lt('libClearFact')} onClick={() => onChange({ fact: undefined })}>
            ×
          </button>
        </p>
      )}
      <Choice id="filter-site" label={lt('libSite')} value={filters.site} options={sites} onPick={(v) => onChange({ site: v })} />
      <Choice id="filter-tag" label={lt('libTag')} value={filters.tag} options={tags} onPick={(v) => onChange({ tag: v })} />
      <div class="field">
        <label for="filter-kind">{lt('libKind')}</label>
        <select
          id="filter-kind"
          value={filters.kind ?? ''}
          onChange={(e) => onChange({ kind: (e.currentTarget.value || undefined) as LibraryFilters['kind'] })}
        >
          <option value="">{lt('libAny')}</option>
          <option value="article">{lt('libKindArticles')}</option>
          <option value="clipping">{lt('libKindClippings')}</option>
        </select>
      </div>
      {DATES.map(([key, label]) => (
        <div class="field" key={key}>
          <label for={`filter-${key}`}>{lt(label)}</label>
          <input
            id={`filter-${key}`}
            type="date"
            value={(filters[key] as string | undefined) ?? ''}
            onChange={(e) => onChange({ [key]: e.currentTarget.value })}
          />
        </div>
      ))}
      {active && (
        <button type="button" class="link" onClick={onClear}>
          {lt('libClearFilters')}
        </button>
      )}
    </section>
  );
}
