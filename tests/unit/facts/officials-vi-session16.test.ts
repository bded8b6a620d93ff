import { describe, expect, it } from 'vitest';
import { factsOf, officialLines } from './facts-helpers';

const vi = (text: string) => officialLines(factsOf('vi', text));

describe('Vietnamese officials (session 16)', () => {
  it('heads of small units: Tổ trưởng Tổ dân phố số N, Cung trưởng', () => {
    expect(vi('Bà Phạm Thị Hoa, Tổ trưởng Tổ dân phố số 4, cho biết bà con đã quen phân loại rác.')).toEqual([
      'Phạm Thị Hoa | Tổ trưởng Tổ dân phố số 4',
    ]);
    expect(vi('Ông Hồ Văn Lực, Cung trưởng Cung đường sắt Đức Phổ, cho biết đoàn tàu đã dừng kịp.')).toEqual([
      'Hồ Văn Lực | Cung trưởng Cung đường sắt Đức Phổ',
    ]);
  });
  it('"Chủ nhiệm câu lạc bộ" leads the club; "thành viên câu lạc bộ" holds no post', () => {
    expect(vi('Chị Lê Thị Mai, Chủ nhiệm câu lạc bộ, cho biết lớp có 30 em.')).toEqual(['Lê Thị Mai | Chủ nhiệm câu lạc bộ']);
    expect(vi('Anh Trần Văn Tâm, thành viên câu lạc bộ, đã hiến máu 30 lần.')).toEqual([]);
  });
});
