/** The English pack: assembled from one file per extractor in this folder. */
import type { LanguagePack } from '../types';
import { awards } from './awards';
import { dates } from './dates';
import { organizations, places } from './entities';
import { figures } from './figures';
import { officials } from './officials';

// Written without the final dot. Titles, initialisms, months and weekdays, US state abbreviations.
const ABBREVIATIONS = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'Jr', 'Sr', 'Gov', 'Sen', 'Rep', 'Gen', 'Lt', 'Col', 'Sgt', 'Capt', 'Cmdr', 'Adm',
  'Maj', 'Rev', 'Hon', 'Pres', 'Supt', 'Insp', 'Det', 'Cst', 'Const', 'Cpl', 'Pte', 'Pvt', 'Spc', 'Fr', 'Msgr', 'Brig', 'Atty', 'Amb', 'Engr', 'Barr', 'Arc', 'Alh', 'Pst', 'Coun', 'Ald', 'Tpr', 'Ofc', 'Dep', 'Asst', 'Ste', 'U.S', 'U.K', 'U.N', 'E.U', 'D.C', 'N.Y', 'L.A',
  'Inc', 'Corp', 'Co', 'Ltd', 'No', 'Nos', 'Vol', 'vs', 'v', 'etc', 'e.g', 'i.e', 'a.m', 'p.m', 'approx', 'est', 'Mt', 'Ft',
  'Ave', 'Blvd', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Mon', 'Tue', 'Tues',
  'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill',
  'Ind', 'Kan', 'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn',
  'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wyo',
  // An engineer's courtesy ("Eng. A"), the Filipino "Ma." of Maria and "Sta." of Santa; Philippine police and army ranks ("PCpl. A", "Pat. B", "PBGen. C").
  'Eng', 'Ma', 'Sta', 'Sto', 'Pat', 'PCpl', 'PSSg', 'PMSg', 'PSMS', 'PCMS', 'PEMS', 'PLt', 'PCapt', 'PMaj', 'PLtCol', 'PCol', 'PBGen', 'PMGen', 'PLtGen', 'SSg', 'TSg', 'MSg', 'Pfc',
] as const;

/** English. */
export const enPack: LanguagePack = {
  code: 'en',
  abbreviations: ABBREVIATIONS,
  dates,
  officials,
  awards,
  organizations,
  places,
  figures,
};
