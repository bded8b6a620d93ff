/** Character offsets into the article's `text`: [start, end). */
export interface Span {
  start: number;
  end: number;
}

export interface Mention {
  text: string;
  span: Span;
  /** Set when the mention stands only in the title, which is not part of `text`: `span` is then into the title. */
  source?: 'title';
}

/** A calendar reference; `value`/`end` are ISO at the precision the text gives, or null when no year can be fixed. */
export interface DateFact {
  text: string;
  value: string | null;
  end?: string;
  sentence: string;
  span: Span;
  /** Set when the date stands only in the title, which is not part of `text`: `span` is then into the title. */
  source?: 'title';
}

export interface OfficialFact {
  /** The name as written, without the title. */
  name: string;
  /** Every distinct position the article gives them. */
  titles: string[];
  mentions: Mention[];
  sentence: string;
  span: Span;
  /** Set when the person is named only in the title: `span` is then into the title. */
  source?: 'title';
}

export interface AwardFact {
  /** The award as written at its fullest mention. */
  name: string;
  recipient: string | null;
  giver?: string | null;
  sentence: string;
  span: Span;
  /** Set when the award is named only in the title: `span` is then into the title. */
  source?: 'title';
}

/** An organisation or a place. */
export interface EntityFact {
  name: string;
  mentions: Mention[];
  sentence: string;
  span: Span;
}

/** A number with what it counts ("gần 11,5 nghìn đảng viên", "$2.3 billion"). */
export interface FigureFact {
  text: string;
  value: number;
  unit: string | null;
  what: string;
  sentence: string;
  span: Span;
}

export interface Facts {
  /** The language the facts were read in. */
  lang: string;
  /** False when no language pack exists: only language-neutral facts were read. */
  supported: boolean;
  dates: DateFact[];
  officials: OfficialFact[];
  awards: AwardFact[];
  organizations: EntityFact[];
  places: EntityFact[];
  figures: FigureFact[];
  summary: string[];
}

export interface FactsInput {
  /** NFC article text, paragraphs separated by blank lines. */
  text: string;
  lang: string;
  /** ISO date or date-time of publication, null when unknown. */
  publishedTime: string | null;
  title?: string;
  /** The page's full language tag when it has a region ("en-GB"): decides the order of numeric dates. */
  locale?: string;
}

export const emptyFacts = (lang: string, supported = false): Facts => ({
  lang,
  supported,
  dates: [],
  officials: [],
  awards: [],
  organizations: [],
  places: [],
  figures: [],
  summary: [],
});
