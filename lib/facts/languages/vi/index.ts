/** The Vietnamese pack: assembled from one file per extractor in this folder. */
import type { LanguagePack } from '../types';
import { awards } from './awards';
import { dates } from './dates';
import { organizations, places } from './entities';
import { figures } from './figures';
import { officials } from './officials';

// Written without the final dot. Titles and degrees ("GS.TS", "Th.S"), place prefixes ("TP", "Q"),
// and the English ones Vietnamese news quotes.
const ABBREVIATIONS = [
  'TP', 'Tp', 'TX', 'TT', 'Q', 'P', 'H', 'X', 'GS', 'PGS', 'TS', 'ThS', 'Th.S', 'Ths', 'TSKH', 'GS.TS', 'PGS.TS', 'GS.TSKH',
  'BS', 'BSCKI', 'BSCKII', 'KS', 'CN', 'NCS', 'NSND', 'NSƯT', 'NXB', 'Tr', 'tr', 'St', 'Mr', 'Mrs', 'Ms', 'Dr', 'v.v', 'U.S',
] as const;

/** Vietnamese. */
export const viPack: LanguagePack = {
  code: 'vi',
  abbreviations: ABBREVIATIONS,
  dates,
  officials,
  awards,
  organizations,
  places,
  figures,
};
