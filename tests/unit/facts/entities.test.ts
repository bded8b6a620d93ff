import { describe, expect, it } from 'vitest';
import type { EntityFact } from '../../../lib/facts/types';
import { factsOf, fixture } from './facts-helpers';

const names = (es: EntityFact[]) => es.map((e) => (e.mentions.length > 1 ? `${e.name} x${e.mentions.length}` : e.name));

describe('organisations and places', () => {
  it('reads Vietnamese bodies and places from their type words and names', () => {
    const f = factsOf('vi', 'Sở Y tế tỉnh Nghệ An phối hợp với Bệnh viện Bạch Mai. Đoàn đến TP Hải Phòng rồi về Hà Nội; Bệnh viện Bạch Mai tiếp đoàn. Ông Hà Văn Nam cho biết.');
    expect(names(f.organizations)).toEqual(['Sở Y tế tỉnh Nghệ An', 'Bệnh viện Bạch Mai x2']);
    // "Hà Văn Nam" is a person: "Hà" starts a place only in a known place name ("Hà Nội").
    expect(names(f.places)).toEqual(['tỉnh Nghệ An', 'TP Hải Phòng', 'Hà Nội']);
  });

  it('keeps ambiguous one-syllable country names only where they are places ("tại Mỹ", not "anh Đức")', () => {
    const f = factsOf('vi', 'Anh Đức sống tại Mỹ. Chị Anh làm việc ở Nhật.');
    expect(names(f.places)).toEqual(['Mỹ', 'Nhật']);
  });

  it('does not read a ward named "Sở Dầu" as a department', () => {
    expect(names(factsOf('vi', 'Mẹ sống ở phường Sở Dầu, quận Hồng Bàng.').organizations)).toEqual([]);
  });

  it('reads English bodies ending in a body word, known acronyms, and gazetteer places', () => {
    const f = factsOf('en', 'The Department of Environmental Protection and the Brookings Institution met NATO officials in Washington. Tunisian forces left Tunisia.');
    expect(names(f.organizations)).toEqual(['Department of Environmental Protection', 'Brookings Institution', 'NATO']);
    expect(names(f.places)).toEqual(['Washington', 'Tunisia']);
  });

  it('points every mention at its text', () => {
    const text = fixture('vi-ceremony.txt');
    const f = factsOf('vi', text);
    for (const e of [...f.organizations, ...f.places]) for (const m of e.mentions) expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
  });
});
