import type { FactContext } from '../context';
import type { AwardFact, DateFact, EntityFact, FigureFact, OfficialFact } from '../types';

/**
 * Everything language-specific about reading facts. Adding a language is adding a folder
 * under languages/ that exports one of these, plus its fixtures, and listing it in registry.ts.
 */
export interface LanguagePack {
  code: string;
  /** Abbreviations that end with a dot but do not end a sentence ("TP.", "Mr."). */
  abbreviations: readonly string[];
  dates(ctx: FactContext): DateFact[];
  officials(ctx: FactContext): OfficialFact[];
  awards(ctx: FactContext, officials: OfficialFact[]): AwardFact[];
  organizations(ctx: FactContext): EntityFact[];
  places(ctx: FactContext): EntityFact[];
  figures(ctx: FactContext): FigureFact[];
}
