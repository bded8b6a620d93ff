import type { EntityFact, Facts, Span } from './types';

/** The fact groups, in the order a reader looks for them. */
export type FactKind = 'date' | 'official' | 'award' | 'organization' | 'place' | 'figure' | 'summary';

/** The UI string that heads each group, in the popup and the reader alike. */
export const GROUP_TITLES = {
  date: 'groupDates',
  official: 'groupOfficials',
  award: 'groupAwards',
  organization: 'groupOrganizations',
  place: 'groupPlaces',
  figure: 'groupFigures',
  summary: 'groupSummary',
} as const satisfies Record<FactKind, string>;

/** One fact as the reader lists it and highlights it. */
export interface FactItem {
  /** Stable within one Facts value: "kind:index". */
  key: string;
  kind: FactKind;
  label: string;
  /** A second line: a date's ISO value, an official's titles, a figure's subject. */
  detail: string | null;
  /** Award recipient, kept apart so the component can phrase "to …" in the UI language. */
  recipient: string | null;
  /** The sentence of article.text the fact was read from. */
  sentence: string;
  /** Where in article.text; null for summary lines, which are found by their text alone. */
  span: Span | null;
}

export interface FactGroup {
  kind: FactKind;
  items: FactItem[];
}

type ItemFields = Omit<FactItem, 'key' | 'kind' | 'recipient'> & { recipient?: string | null };

const item = (kind: FactKind, i: number, fields: ItemFields): FactItem => ({ key: `${kind}:${i}`, kind, recipient: null, ...fields });

const entity = (kind: FactKind, i: number, e: EntityFact): FactItem =>
  item(kind, i, { label: e.name, detail: null, sentence: e.sentence, span: e.span });

/** A date fact's value(s) as one line: "2016-11-24", or "1996-11-25 – 2016-11-25" for a range. */
function dateDetail(value: string | null, end: string | undefined, format: (iso: string) => string): string | null {
  if (!value) return end ? `– ${format(end)}` : null;
  return end ? `${format(value)} – ${format(end)}` : format(value);
}

/**
 * Facts -> non-empty groups of display items: dates, officials, awards, organisations, places,
 * figures, summary. `formatDate` words ISO dates for people (default: left as ISO).
 */
export function factGroups(facts: Facts, formatDate: (iso: string) => string = (iso) => iso): FactGroup[] {
  const { dates, officials, awards, organizations, places, figures, summary } = facts;
  const groups: FactGroup[] = [
    {
      kind: 'date',
      items: dates.map((d, i) =>
        item('date', i, { label: d.text, detail: dateDetail(d.value, d.end, formatDate), sentence: d.sentence, span: d.span }),
      ),
    },
    {
      kind: 'official',
      items: officials.map((o, i) =>
        item('official', i, { label: o.name, detail: o.titles.join('; ') || null, sentence: o.sentence, span: o.span }),
      ),
    },
    {
      kind: 'award',
      items: awards.map((a, i) =>
        item('award', i, { label: a.name, detail: null, recipient: a.recipient, sentence: a.sentence, span: a.span }),
      ),
    },
    { kind: 'organization', items: organizations.map((e, i) => entity('organization', i, e)) },
    { kind: 'place', items: places.map((e, i) => entity('place', i, e)) },
    {
      kind: 'figure',
      items: figures.map((n, i) => item('figure', i, { label: n.text, detail: n.what || null, sentence: n.sentence, span: n.span })),
    },
    { kind: 'summary', items: summary.map((line, i) => item('summary', i, { label: line, detail: null, sentence: line, span: null })) },
  ];
  return groups.filter((g) => g.items.length > 0);
}

/** Every fact read from `sentence` (compared whitespace-insensitively), for the highlight's tooltip. */
export function factsFromSentence(groups: readonly FactGroup[], sentence: string): FactItem[] {
  const same = (s: string) => s.replace(/\s+/g, ' ').trim();
  const wanted = same(sentence);
  return groups.flatMap((g) => g.items).filter((f) => f.kind !== 'summary' && same(f.sentence) === wanted);
}

/** The item with `key`, or null. */
export function findFact(groups: readonly FactGroup[], key: string | null): FactItem | null {
  if (key === null) return null;
  return groups.flatMap((g) => g.items).find((f) => f.key === key) ?? null;
}
