import { describe, expect, it } from 'vitest';
import { awardLines, factsOf, fixture } from './facts-helpers';

const REFERENCE_TITLE = 'Đảng bộ khối Công nghiệp Hà Nội kỷ niệm 20 năm thành lập và đón nhận Huân chương Lao động hạng Nhất';
const vi = (text: string, title?: string) => awardLines(factsOf('vi', text, title));

describe('Vietnamese awards', () => {
  it('reads the reference page exactly: one entry for five mentions, the giver, the recipient as an official', () => {
    const f = factsOf('vi', fixture('vi-dangcongsan-anniversary.txt'), REFERENCE_TITLE);
    expect(f.awards.map((a) => [a.name, a.recipient, a.giver])).toEqual([
      ['Huân chương Lao động hạng Nhất', 'Đảng bộ Khối Công nghiệp Hà Nội', 'Chủ tịch nước'],
      ['danh hiệu Chiến sĩ thi đua Thành phố', 'Trịnh Huy Thành', 'UBND TP'],
    ]);
    expect(f.awards[0]!.source).toBeUndefined(); // points into the body, not the title
  });

  it('reads a hand-written ceremony article', () => {
    const expected = JSON.parse(fixture('vi-ceremony.expected.json')) as { awards: string[] };
    expect(vi(fixture('vi-ceremony.txt'))).toEqual(expected.awards);
  });

  it('reads the recipient after "cho"/"tặng", between the verb and the award, and as the subject', () => {
    expect(vi('Phó Thủ tướng trao tặng Học viện Kỹ thuật Mật mã Huân chương Bảo vệ Tổ quốc hạng Nhì.')).toEqual([
      'Huân chương Bảo vệ Tổ quốc hạng Nhì -> Học viện Kỹ thuật Mật mã',
    ]);
    expect(vi('Bệnh viện Bạch Mai đón nhận Huân chương Lao động hạng Ba.')).toEqual(['Huân chương Lao động hạng Ba -> Bệnh viện Bạch Mai']);
    expect(vi('Em Nguyễn Văn An được truy tặng Huân chương Dũng cảm.')).toEqual(['Huân chương Dũng cảm -> Nguyễn Văn An']);
    expect(vi('Chủ tịch nước trao danh hiệu Anh hùng Lực lượng vũ trang nhân dân tặng Bộ đội Biên phòng TP Hải Phòng.')).toEqual([
      'danh hiệu Anh hùng Lực lượng vũ trang nhân dân -> Bộ đội Biên phòng TP Hải Phòng',
    ]);
  });

  it('shares the recipient of awards listed together', () => {
    expect(vi('Ban Cơ yếu đã được Đảng, Nhà nước tặng thưởng Huân chương Giải phóng hạng Nhất năm 1965 và Huân chương Thành đồng năm 1968.')).toEqual([
      'Huân chương Giải phóng hạng Nhất -> Ban Cơ yếu',
      'Huân chương Thành đồng -> Ban Cơ yếu',
    ]);
  });

  it('resolves a left-out subject to the person last named', () => {
    expect(vi('Trung tướng Phạm Tuân sinh năm 1947. Năm 1973, được phong danh hiệu Anh hùng Lực lượng vũ trang nhân dân.')).toEqual([
      'danh hiệu Anh hùng Lực lượng vũ trang nhân dân -> Phạm Tuân',
    ]);
  });

  it('keeps a prize with its field and year, and "giải Nhất - Giải thưởng X" as one award', () => {
    expect(vi('Chủ tịch nước trao Giải thưởng Hồ Chí Minh về văn học, nghệ thuật cho các tác giả.')).toEqual([
      'Giải thưởng Hồ Chí Minh về văn học, nghệ thuật -> -',
    ]);
    expect(vi('Ông Vũ Hải Quân tốt nghiệp năm 1996 và được trao giải Nhất - Giải thưởng sinh viên nghiên cứu khoa học.')).toEqual([
      'giải Nhất - Giải thưởng sinh viên nghiên cứu khoa học -> Vũ Hải Quân',
    ]);
  });

  it('leaves out competition results, tiers alone, titles one is only worthy of, and descriptions', () => {
    expect(vi('Đội tuyển giành Huy chương Vàng SEA Games và 2 giải Nhất. Các đơn vị phấn đấu xứng đáng với danh hiệu Anh hùng Lao động.')).toEqual([]);
    expect(vi('Chủ tịch nước thăm Đại tá Nguyễn Hùng Thiện, huy hiệu 70 năm tuổi Đảng, ở phường Lãm Hà.')).toEqual([]);
    expect(vi('Đội bóng vô địch giải Premier League và giải V-League.')).toEqual([]);
  });

  it('finds an award named only in the title', () => {
    const f = factsOf('vi', 'Buổi lễ diễn ra trang trọng.', 'Bệnh viện Phổi Trung ương đón nhận Huân chương Lao động hạng nhất');
    expect(awardLines(f)).toEqual(['Huân chương Lao động hạng nhất -> Bệnh viện Phổi Trung ương']);
    expect(f.awards[0]!.source).toBe('title');
  });

  it('gives one entry per person of a listed recipient, stage names included', () => {
    expect(vi('Bộ trưởng Trần Văn Hải trao danh hiệu Nghệ sĩ Ưu tú cho nhạc sĩ Minh Khang, ca sĩ Lan Chi và diễn viên Phạm Thu Trang.')).toEqual([
      'danh hiệu Nghệ sĩ Ưu tú -> Minh Khang',
      'danh hiệu Nghệ sĩ Ưu tú -> Lan Chi',
      'danh hiệu Nghệ sĩ Ưu tú -> Phạm Thu Trang',
    ]);
  });

  it('keeps quoted names, years, long prize names and unit numbers', () => {
    expect(vi('Cầu thủ Nguyễn Văn An nhận Quả bóng vàng Việt Nam 2024.')).toEqual(['Quả bóng vàng Việt Nam 2024 -> Nguyễn Văn An']);
    expect(vi('Cô Lê Thị Hoa được tặng Kỷ niệm chương "Vì sự nghiệp giáo dục".')).toEqual(['Kỷ niệm chương "Vì sự nghiệp giáo dục" -> Lê Thị Hoa']);
    expect(vi('Ông Trần Văn Bình được tặng Huy hiệu "Tuổi trẻ sáng tạo".')).toEqual(['Huy hiệu "Tuổi trẻ sáng tạo" -> Trần Văn Bình']);
    expect(vi('Trường THCS Hòa Bình được công nhận danh hiệu "Tập thể lao động xuất sắc".')).toEqual([
      'danh hiệu "Tập thể lao động xuất sắc" -> Trường THCS Hòa Bình',
    ]);
    expect(vi('Bà Nguyễn Thị Mai được trao Giải thưởng Nhà vận động bình đẳng giới tiêu biểu cho những đóng góp.')).toEqual([
      'Giải thưởng Nhà vận động bình đẳng giới tiêu biểu -> Nguyễn Thị Mai',
    ]);
    expect(vi('Trung đoàn 335 được tặng Cờ thi đua của Quân khu 4.').map((l) => l.split(' -> ')[0])).toEqual(['Cờ thi đua của Quân khu 4']);
  });
});
