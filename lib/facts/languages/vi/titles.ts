/**
 * Vietnamese position lexicon: the heads a title starts with ("Phó Chủ tịch", "Bí thư"),
 * before the organisation the text writes after them ("UBND TP", "Đảng ủy Khối …").
 */
import { PhraseTrie, type Tok } from '../../words';

/** How a head may stand: `office` alone ("Thủ tướng"), `org` only with an organisation after it. */
export type HeadKind = 'office' | 'org' | 'rank';

// Offices that name a person's position on their own, even with no organisation after them.
const OFFICES = `
Tổng Bí thư|Chủ tịch nước|Phó Chủ tịch nước|Chủ tịch Quốc hội|Phó Chủ tịch Quốc hội|Chủ tịch
Thủ tướng|Phó Thủ tướng|Thủ tướng Chính phủ|Phó Thủ tướng Chính phủ|Thường trực Ban Bí thư
Ủy viên Bộ Chính trị|Ủy viên Trung ương Đảng|Bí thư Trung ương Đảng|Ủy viên Ban Bí thư
Ủy viên Ban Chấp hành Trung ương Đảng|Ủy viên dự khuyết Trung ương Đảng|Đại biểu Quốc hội
|Tỉnh ủy viên|Thành ủy viên|Huyện ủy viên|Đảng ủy viên
Bộ trưởng|Thứ trưởng|Thứ trưởng Thường trực|Tổng thống|Phó Tổng thống|Quốc vương|Nhà vua|Nữ hoàng
Hoàng tử|Công chúa|Thái tử|Thủ hiến|Thị trưởng|Thống đốc|Phó Thống đốc|Thượng nghị sĩ|Hạ nghị sĩ
Nghị sĩ|Ngoại trưởng|Chủ tịch Hạ viện|Chủ tịch Thượng viện|Đại sứ|Tổng Lãnh sự|Lãnh sự|Đặc phái viên
Chánh án|Phó Chánh án|Viện trưởng|Phó Viện trưởng|Tổng Kiểm toán Nhà nước|Tổng Thanh tra Chính phủ
Tổng Thư ký|Tổng thư ký|Giáo hoàng|Chủ tịch danh dự|Tổng Tham mưu trưởng|Chủ nhiệm Tổng cục Chính trị
Người phát ngôn|Phát ngôn viên|Chủ tịch HĐQT|Tổng Giám đốc|Phó Tổng Giám đốc|CEO|Nhà sáng lập và CEO
Thẩm phán|Kiểm sát viên|Điều tra viên|Hội thẩm nhân dân|Chấp hành viên|Thẩm tra viên
Tham tán|Tham tán Công sứ|Tùy viên Quốc phòng
`;

// Positions that are only a position with the body they lead ("Bí thư Tỉnh ủy X").
const ORG_HEADS = `
Bí thư|Phó Bí thư|Giám đốc|Phó Giám đốc|Hiệu trưởng|Phó Hiệu trưởng|Hiệu phó|Trưởng ban|Phó Trưởng ban
Chủ nhiệm|Phó Chủ nhiệm|Trưởng phòng|Phó Trưởng phòng|Trưởng khoa|Phó Trưởng khoa|Trưởng đoàn
Tư lệnh|Phó Tư lệnh|Phó Tư lệnh Chính trị|Chính ủy|Phó Chính ủy|Chỉ huy trưởng|Chính trị viên
Cục trưởng|Phó Cục trưởng|Vụ trưởng|Phó Vụ trưởng|Tổng cục trưởng|Phó Tổng cục trưởng|Chánh Văn phòng
Chánh Thanh tra|Tổng Biên tập|Phó Tổng Biên tập|Trưởng Công an|Trưởng đại diện|Thủ trưởng|Ủy viên
Thành viên|Đồng chủ tịch|Đại diện|Trưởng thôn|Trưởng bản|Trưởng ấp|Chủ tịch Hội đồng|Trưởng Ban|Hội trưởng
Chỉ huy|Sở trưởng|Tổng Lãnh sự|Trưởng Đại diện|Trưởng phái đoàn|Trưởng Văn phòng|Trưởng bộ môn|Người đứng đầu|Người phụ trách
Chi cục trưởng|Hạt trưởng|Trạm trưởng|Đội trưởng|Trưởng trạm|Trưởng đội|Trưởng trại|Giám đốc nhân sự|Trưởng phòng nhân sự
Điều phối viên|Điều phối viên thường trú|Thuyền trưởng|Máy trưởng|Trưởng
Tổ trưởng|Tổ phó|Cung trưởng|Cung phó|Ga trưởng|Trưởng ga|Xưởng trưởng|Quản đốc|Phó Quản đốc|Trưởng khu phố|Trưởng tổ
`;

const RANKS = `
Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng|Đại tá|Thượng tá|Trung tá|Thiếu tá|Đô đốc|Phó Đô đốc
Chuẩn Đô đốc|Thống tướng|Nguyên soái|Đại úy|Thượng úy|Trung úy|Thiếu úy|Thượng sĩ|Trung sĩ|Hạ sĩ
|Chuẩn úy|Binh nhất|Binh nhì
`;

const split = (s: string): string[] => s.split(/[|\n]/).map((x) => x.trim()).filter(Boolean);

const HEADS = new PhraseTrie<HeadKind>();

/** The head at token k ("Phó Chủ tịch"), or null: the trie, minus words that only start like a head. */
export const VI_HEADS = {
  match(toks: readonly Tok[], k: number): { end: number; value: HeadKind } | null {
    const m = HEADS.match(toks, k);
    if (!m) return null;
    // "Đại sứ quán" is the embassy, not an ambassador.
    const embassy = m.end === k + 2 && toks[k]!.lower === 'đại' && toks[k + 1]!.lower === 'sứ' && toks[m.end]?.lower === 'quán';
    // ("Hội đồng thành viên", "Hội đồng quản trị": a lower-case head inside a council's name.)
    const inside = !toks[k]!.cap && toks[k - 1]?.lower === 'đồng' && toks[k - 2]?.lower === 'hội';
    // ("Trưởng Hải quan cửa khẩu …" leads a body; "tăng trưởng", "trưởng thành" are words.)
    const bare = m.end === k + 1 && toks[k]!.lower === 'trưởng' && !toks[k]!.cap;
    return embassy || inside || bare ? null : m;
  },
};
// Every head also exists as a deputy ("Phó Giám đốc"); the lists spell out only the irregular ones.
const NO_DEPUTY = /^(Phó|Tổng|Thứ|Chánh|Đồng|Nhà|Người|Phát|Thành|Ủy|Tham|Công|Tùy|Điều)/;
for (const [list, kind] of [[ORG_HEADS, 'org'], [OFFICES, 'office'], [RANKS, 'rank']] as const) {
  for (const h of split(list)) {
    HEADS.add(h, kind);
    if (kind !== 'rank' && !NO_DEPUTY.test(h)) HEADS.add(`Phó ${h}`, kind);
  }
}

/** Heads that are common words in lower case ("đại diện lãnh đạo" = representatives): capitalised only. */
export const VI_CAP_ONLY: ReadonlySet<string> = new Set(['đại diện', 'chỉ huy']);

/** Lower-case words that may open a title before its head ("nguyên" = former). */
export const VI_TITLE_PREFIX: ReadonlySet<string> = new Set(['nguyên', 'quyền', 'đương', 'cố', 'cựu']);

/**
 * Lower-case words an organisation name may contain between its capitalised words
 * ("Ủy ban nhân dân tỉnh Nghệ An", "Khối các cơ quan Trung ương"); value = word count.
 */
export const VI_ORG_LINKS = new PhraseTrie<true>();
for (const w of split(`và|của|các|về|tại|tỉnh|thành phố|huyện|quận|xã|phường|thị xã|thị trấn|cơ quan|nhân dân
|vũ trang|thường trực|danh dự|phụ trách|thí nghiệm|phòng thí nghiệm|công ty|tập đoàn|ngân hàng
|bệnh viện|trường|nhà trường|tổng công ty|đơn vị|nhà máy|viện|trung tâm|hội đồng|ủy ban|khoa|bộ môn|điều hành|quản trị|ban|sở|bộ|hội|tổ chức|khối
|hợp tác xã|đoàn chủ tịch|tổ dân phố|khu phố|câu lạc bộ
|tuyên giáo|kinh tế|dân vận|nội chính|đối ngoại|thành viên`)) {
  VI_ORG_LINKS.add(w, true);
}

/** Courtesy words and degrees before a name: not part of it, not a title ("ông", "PGS.TS"). */
export const VI_HONORIFICS = new PhraseTrie<true>();
for (const w of split(`ông|bà|anh|chị|em|cô|thầy|cụ|chú|bác|đồng chí|ngài|gs|ts|pgs|ths|bs|ks|ls|nsnd|nsưt
|ngnd|ngưt|pgs.ts|gs.ts|gs.tskh|ts.bs|bs.ckii|bs.cki|bs.ck1|bs.ck2|ths.bs|ds.ckii|ts.ds|giáo sư|tiến sĩ|thạc sĩ|bác sĩ|nhà báo|luật sư|kỹ sư|anh hùng
|cố|nhà thơ|nhà văn|dịch giả|nhạc sĩ|họa sĩ|nhà nghiên cứu|nhà khoa học|tác giả`)) {
  VI_HONORIFICS.add(w, true);
}

/**
 * Verbs and function words that end an organisation name: never the second syllable of one
 * ("Trung ương Đảng chúc mừng", "Tập đoàn Vingroup kiêm").
 */
export const VI_ORG_STOP: ReadonlySet<string> = new Set(
  `kiêm là đã được cho tặng trao thay cùng chúc phát chia nói nhấn khẳng đề tham dự trả báo có đến
  tới với trong ngoài tại từ vì để đang sẽ vừa mới cũng còn lên ra vào bày gửi ký yêu ghi biểu trân nhận
  đón kêu mong động chỉ đánh dẫn tiếp làm giữ thăm hỏi hướng lưu nêu cảm đi này đó năm kỷ tổ vinh
  long về và của các ngày sáng chiều tối hôm tháng quý trên dưới hiện giai nhiệm suốt từng lần thì mà vẫn luôn gồm`.split(/\s+/).filter(Boolean),
);

/** Two-word verbs that end an organisation name even where one syllable could go on ("Hà Nội ban hành"). */
export const VI_ORG_STOP_PAIRS: ReadonlySet<string> = new Set([
  'ban hành', 'không ngừng', 'không chỉ', 'không phải', 'chính thức',
]);
