import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/facts/sentences';
import { enPack } from '../../../lib/facts/languages/en';
import { viPack } from '../../../lib/facts/languages/vi';

const texts = (text: string, abbr: readonly string[]) => splitSentences(text, abbr).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps Vietnamese abbreviations, degrees and decimals inside the sentence', () => {
    const text = 'Sáng 24/11, tại TP. Hà Nội, GS.TS Nguyễn Văn An phát biểu. PGS. Phạm Anh Tuấn và Th.S Lan có gần 11,5 nghìn và 2.3 tỷ đồng. Hết.';
    expect(texts(text, viPack.abbreviations)).toEqual([
      'Sáng 24/11, tại TP. Hà Nội, GS.TS Nguyễn Văn An phát biểu.',
      'PGS. Phạm Anh Tuấn và Th.S Lan có gần 11,5 nghìn và 2.3 tỷ đồng.',
      'Hết.',
    ]);
  });

  it('keeps English titles, initials and the U.S. unless a sentence plainly starts', () => {
    const text = 'Mr. Smith met George W. Bush in the U.S. capital on Feb. 21. He left the U.S. The trip ended.';
    expect(texts(text, enPack.abbreviations)).toEqual([
      'Mr. Smith met George W. Bush in the U.S. capital on Feb. 21.',
      'He left the U.S.',
      'The trip ended.',
    ]);
  });

  it('ends sentences after quotes, ellipses and a full stop glued to the next word', () => {
    const text = 'Ông nói: "Tốt lắm." Sau đó… Mọi người về. Liên Xô.Đêm 27/12/1972, ông bay. "Đi không?" cô hỏi.';
    expect(texts(text, viPack.abbreviations)).toEqual([
      'Ông nói: "Tốt lắm."',
      'Sau đó…',
      'Mọi người về.',
      'Liên Xô.',
      'Đêm 27/12/1972, ông bay.',
      '"Đi không?" cô hỏi.',
    ]);
  });

  it('gives offsets into the text and numbers paragraphs', () => {
    const text = '  First one. Second one.\nA line.\n\n\nNext paragraph ';
    const sentences = splitSentences(text);
    for (const s of sentences) expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
    expect(sentences.map((s) => [s.text, s.paragraph])).toEqual([
      ['First one.', 0],
      ['Second one.', 0],
      ['A line.', 0],
      ['Next paragraph', 1],
    ]);
  });

  it('returns nothing for empty text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('\n\n  \n')).toEqual([]);
  });
});

describe('a Vietnamese degree\'s letters closing a code (session 20)', () => {
  it('"… tàu cá QNg 95128 TS. Năm cá nhân …" ends a sentence; "TS. Nguyễn Văn A" does not', () => {
    const text = 'Bằng khen cho tập thể thuyền viên tàu cá QNg 95128 TS. Năm cá nhân được khen. Phát biểu có TS. Nguyễn Văn Nam.';
    expect(splitSentences(text, ['TS']).map((s) => s.text)).toEqual([
      'Bằng khen cho tập thể thuyền viên tàu cá QNg 95128 TS.', 'Năm cá nhân được khen.', 'Phát biểu có TS. Nguyễn Văn Nam.',
    ]);
  });
});
