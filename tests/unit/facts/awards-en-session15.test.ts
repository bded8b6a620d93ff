import { describe, expect, it } from 'vitest';
import { awardLines, factsOf } from './facts-helpers';

const en = (text: string, title?: string) => awardLines(factsOf('en', text, title));

describe('English awards and recipients (session 15)', () => {
  it('a category named in capitals with "honour" in lower case, not a dedication', () => {
    expect(en('The Science honour went to Dr. Kwame Adjei, a chemist in Cape Coast.')).toEqual(['Science honour -> Kwame Adjei']);
    expect(en('Ama Serwaa and her brother Kojo Serwaa collected the Rising Star honour on Friday.')).toEqual([
      'Rising Star honour -> Ama Serwaa', 'Rising Star honour -> Kojo Serwaa',
    ]);
    expect(en("A dinner was held in Dr. Mensah's honour at the Golden Tulip hotel.")).toEqual([]);
  });
  it('"The X award went to A, and the Y award to B": the verb said once for both', () => {
    expect(en('The Sport award went to Lorna Baxter, and the Culture award to Ewan Moffat.')).toEqual([
      'Sport award -> Lorna Baxter', 'Culture award -> Ewan Moffat',
    ]);
    // (Without a first award given, "the Y award to B" is no award given.)
    expect(en('Critics objected to the Culture award to Ewan Moffat.')).toEqual([]);
  });
  it('"the X award, which went to A, a …": the relative clause gives it', () => {
    expect(en('The evening closed with the Carer of the Year award, which went to Nuala Briggs, a nurse from Sligo.')).toEqual([
      'Carer of the Year award -> Nuala Briggs',
    ]);
    // (A relative clause about something else still reaches the verb after it.)
    expect(en('The Alder Prize, which was founded in 1990, was presented to Owen Pryce.')).toEqual(['Alder Prize -> Owen Pryce']);
  });
  it('"Other recipients included A and B": the award the story lists, not a side award told of in between', () => {
    const text =
      'Twelve residents were named to the Order of Halifax on Tuesday. Among them were Rosa Delgado, a baker, and Tomas Fenn, a ' +
      'paramedic. Separately, the Irma Kohl Award for Coaching went to Dana Price, a netball coach. Other recipients included ' +
      'choir director Marta Silva and Yusuf Abdi, a volunteer driver.';
    expect(en(text)).toEqual([
      'Order of Halifax -> Rosa Delgado', 'Order of Halifax -> Tomas Fenn', 'Order of Halifax -> Marta Silva', 'Order of Halifax -> Yusuf Abdi',
      'Irma Kohl Award for Coaching -> Dana Price',
    ]);
  });
  it('"A and photographer B shared X", "A and her colleague, B, had earlier in the evening won X": both people', () => {
    expect(en('Odette Maraj and cameraman Ravi Singh shared the Gold Reel Prize.')).toEqual([
      'Gold Reel Prize -> Odette Maraj', 'Gold Reel Prize -> Ravi Singh',
    ]);
    expect(en('Odette Maraj and her producer, editor Ravi Singh, had earlier in the evening won the Gold Reel Prize for the same film.')).toEqual([
      'Gold Reel Prize -> Odette Maraj', 'Gold Reel Prize -> Ravi Singh',
    ]);
  });
});
