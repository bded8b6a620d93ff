import { describe, expect, it } from 'vitest';
import { factsOf } from './facts-helpers';

const officials = (lang: 'en' | 'vi', text: string) => factsOf(lang, text).officials.map((o) => `${o.name} [${o.titles.join('; ')}]`);

describe('Officials (session 13)', () => {
  it('"Director of X Name" opening a sentence, with or without a courtesy word', () => {
    expect(officials('en', 'Director of Parks Jane Doe said it.')).toEqual(['Jane Doe [Director of Parks]']);
    expect(officials('en', 'Director of Public Health Dr Amara Okafor said it.')).toEqual(['Amara Okafor [Director of Public Health]']);
    // (A bare role opening a sentence is no post.)
    expect(officials('en', 'Director John Smith said it.')).toEqual([]);
  });
  it('plain modifiers between "chief" and its head: "chief nursing officer"', () => {
    expect(officials('en', 'Amy Chen, chief nursing officer of Westmead Hospital, said it.')).toEqual(['Amy Chen [chief nursing officer of Westmead Hospital]']);
  });
  it('"Dean" as a given name after a title, and a second title after a comma', () => {
    expect(officials('en', 'Councillor Dean Whitby said it.')).toEqual(['Dean Whitby [Councillor]']);
    expect(officials('en', 'The leader of Kent County Council, Councillor Dean Marsh, said it.')).toEqual(['Dean Marsh [leader of Kent County Council; Councillor]']);
    expect(officials('en', 'The Member for Ipswich, Dean Howell, said it.')).toEqual(['Dean Howell [Member for Ipswich]']);
  });
  it('"City Council members A and B": a body\'s members', () => {
    expect(officials('en', 'City Council members Ana Ruiz and Tom Lee voted no.')).toEqual(['Ana Ruiz [City Council member]', 'Tom Lee [City Council member]']);
    expect(officials('en', 'Band members John Lennon and Paul McCartney sang.')).toEqual([]);
  });
  it('"Commissioner Central Division Amit Prasad": a unit, then a known given name', () => {
    expect(officials('en', 'Commissioner Central Division Amit Prasad said it.')).toEqual(['Amit Prasad [Commissioner Central Division]']);
  });
  it('places named like titles and nationalities open no name; a business of one\'s own is no post', () => {
    expect(officials('en', 'Prince Edward Island Premier Ewan Doucette said it.')).toEqual(['Ewan Doucette [Prince Edward Island Premier]']);
    expect(officials('en', 'She was invested in the Order of Prince Edward Island in 2023.')).toEqual([]);
    expect(officials('en', "The top prize, the TD Canadian Children's Literature Award, went to Priya Sandhu.")).toEqual([]);
    expect(officials('en', 'Dr Rao, who runs free weekend clinics for farmers, was nominated.')).toEqual([]);
  });
  it('Vietnamese: a body\'s name ending in lower-case words before the name', () => {
    expect(officials('vi', 'Viện trưởng Viện Nghiên cứu hải sản Trần Văn Cường cho biết.')).toEqual(['Trần Văn Cường [Viện trưởng Viện Nghiên cứu hải sản]']);
    expect(officials('vi', 'Thượng úy Thắng bị đối tượng Hà Văn Lực đâm trọng thương.')).toEqual([]);
  });
});
