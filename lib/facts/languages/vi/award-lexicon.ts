/**
 * Vietnamese award vocabulary: the words an award starts with ("Huân chương", "danh hiệu",
 * "Bằng khen"), the names of state orders and honorary titles (which are often written in lower
 * case), and the verbs that confer or receive one.
 */
import { PhraseTrie, type Tok } from '../../words';

/** What kind of name follows an award head. */
export type AwardHead = 'order' | 'medal' | 'badge' | 'title' | 'cert' | 'prize' | 'giai';

const split = (s: string): string[] => s.split(/[|\n]/).map((x) => x.trim()).filter(Boolean);

/** Award heads. */
export const VI_AWARD_HEADS = new PhraseTrie<AwardHead>();
for (const [w, k] of [
  ['huân chương', 'order'], ['huy chương', 'medal'], ['kỷ niệm chương', 'medal'], ['huy hiệu', 'badge'],
  ['danh hiệu', 'title'], ['bằng khen', 'cert'], ['giấy khen', 'cert'], ['cờ thi đua', 'cert'], ['bằng lao động sáng tạo', 'cert'],
  ['giải thưởng', 'prize'], ['quả bóng vàng', 'prize'], ['quả bóng bạc', 'prize'], ['quả bóng đồng', 'prize'], ['giải', 'giai'],
  // Film festival and football prizes named by their trophy.
  ['bông sen vàng', 'prize'], ['bông sen bạc', 'prize'], ['cánh diều vàng', 'prize'], ['cánh diều bạc', 'prize'],
] as const) VI_AWARD_HEADS.add(w, k);

/** Names of orders and medals, matched in any case ("Huân chương lao động hạng Nhất"). */
export const VI_ORDER_NAMES = new PhraseTrie<true>();
for (const w of split(`lao động|bảo vệ tổ quốc|giải phóng|độc lập|sao vàng|hồ chí minh|quân công|chiến công
|kháng chiến|hữu nghị|dũng cảm|đại đoàn kết dân tộc|chiến thắng|thành đồng|chiến sĩ vẻ vang|quân kỳ quyết thắng
|chiến sĩ giải phóng|vì sự nghiệp|vì an ninh tổ quốc|bảo vệ an ninh tổ quốc|lenin|cách mạng tháng mười`)) {
  VI_ORDER_NAMES.add(w, true);
}

/** Honorary titles, matched in any case; conferred with "danh hiệu" or a conferring verb. */
export const VI_HONOUR_TITLES = new PhraseTrie<true>();
for (const w of split(`anh hùng lực lượng vũ trang nhân dân|anh hùng lao động|anh hùng lao động việt nam
|anh hùng liên xô|chiến sĩ thi đua|chiến sĩ thi đua toàn quốc|chiến sĩ thi đua thành phố|chiến sĩ thi đua cấp tỉnh
|chiến sĩ thi đua cấp bộ|chiến sĩ thi đua cơ sở|chiến sĩ thi đua cấp cơ sở|chiến sĩ thi đua cấp thành phố
|nhà giáo nhân dân|nhà giáo ưu tú|thầy thuốc nhân dân|thầy thuốc ưu tú|nghệ sĩ nhân dân|nghệ sĩ ưu tú
|nghệ nhân nhân dân|nghệ nhân ưu tú|công dân thủ đô ưu tú|lao động tiên tiến|tập thể lao động xuất sắc
|tập thể lao động tiên tiến|đơn vị quyết thắng|chiến sĩ tiên tiến|dũng sĩ diệt mỹ|dũng sỹ diệt mỹ
|thương hiệu quốc gia việt nam|thương hiệu quốc gia|chiến sĩ thi đua toàn quân|chiến sĩ thi đua toàn lực lượng
|chiến sĩ thi đua toàn ngành|chiến sĩ thi đua cấp ngành|anh hùng lao động thời kỳ đổi mới
|anh hùng lực lượng vũ trang nhân dân thời kỳ đổi mới|anh hùng lực lượng vũ trang nhân dân thời kỳ kháng chiến chống mỹ
|anh hùng lực lượng vũ trang nhân dân thời kỳ kháng chiến chống pháp`)) {
  VI_HONOUR_TITLES.add(w, true);
}

/** Named prizes written after "giải" ("giải Nobel", "Giải Turing"). */
export const VI_PRIZE_NAMES = new PhraseTrie<true>();
for (const w of split(`nobel|pulitzer|oscar|turing|fields|field medal|booker|grammy|emmy|cánh diều|bông sen
|mai vàng|búp sen|sao khuê|nhân tài đất việt|báo chí quốc gia|búa liềm vàng|cống hiến|kovalevskaia
|tạ quang bửu|trần đại nghĩa|vinfuture|kova|võ trường toản|nguyễn văn linh|sao đỏ|lý tự trọng
|bông sen vàng|bông sen bạc|cánh diều vàng|cánh diều bạc|nobel hóa học|nobel vật lý|nobel y học|nobel y sinh
|nobel văn học|nobel hòa bình|nobel kinh tế|quả cầu vàng`)) {
  VI_PRIZE_NAMES.add(w, true);
}

/** Prize tiers: "giải Nhất" alone is a result, not an award. */
export const VI_TIERS: ReadonlySet<string> = new Set(
  ['nhất', 'nhì', 'ba', 'tư', 'khuyến khích', 'đặc biệt', 'vàng', 'bạc', 'đồng', 'a', 'b', 'c'],
);

/** Verbs whose subject gives the award; the recipient follows ("trao X cho Y", "trao tặng Y X"). */
export const VI_GIVE = new PhraseTrie<true>();
for (const w of split(`trao|tặng|trao tặng|tặng thưởng|phong tặng|truy tặng|phong|trao giải|gắn|khen tặng
|quyết định tặng|quyết định trao tặng|ký quyết định tặng|tuyên dương|công nhận|vinh danh|tôn vinh`)) VI_GIVE.add(w, true);

/** Verbs whose subject receives the award ("Y đón nhận X", "Y giành X"). */
export const VI_RECEIVE = new PhraseTrie<true>();
for (const w of split(`nhận|đón nhận|giành|đoạt|giành được|được nhận|vinh dự nhận|vinh dự đón nhận|trở thành|đạt|đạt được|được công nhận
|được bầu là|được bình chọn là|được chọn là|được vinh danh là|được vinh danh tại|được vinh danh với|là chủ nhân|là chủ nhân của
|chủ nhân của|chủ nhân|có thêm|mang về|sở hữu`)) {
  VI_RECEIVE.add(w, true);
}

export const QUOTE_OPEN = /^["“«]$/;
export const QUOTE_CLOSE = /^["”»]$/;

// After a bare prize head: an optional category ("ở thể loại …", a few lower-case words), then "thuộc về"
// or "được trao (cho)".
export function givenAfter(toks: readonly Tok[], j: number): boolean {
  let k = j;
  if (toks[k]?.lower === 'ở' || toks[k]?.lower === 'năm') k++;
  for (let n = 0; n < 6 && toks[k]?.word && !toks[k]!.cap && !/^(thuộc|được)$/.test(toks[k]!.lower); n++) k++;
  return givenAt(toks, k);
}

/** "thuộc về" or "được trao/tặng" starts at token k: the award goes to what follows. */
export const givenAt = (toks: readonly Tok[], k: number): boolean =>
  (toks[k]?.lower === 'thuộc' && toks[k + 1]?.lower === 'về') || (toks[k]?.lower === 'được' && /^(trao|tặng)$/.test(toks[k + 1]?.lower ?? ''));

export function received(toks: readonly Tok[], i: number): boolean {
  for (let k = Math.max(0, i - 4); k < i; k++) if (VI_RECEIVE.match(toks, k)) return true;
  return false;
}

// A conferring verb shortly before token i ("được trao Giải thưởng …").
export function conferredBefore(toks: readonly Tok[], i: number): boolean {
  for (let k = Math.max(0, i - 4); k < i; k++) if (VI_GIVE.match(toks, k)) return true;
  return false;
}

// A conferring or receiving verb ends right before token i ("được phong", "trao tặng").
export function conferredAt(toks: readonly Tok[], i: number): boolean {
  if (QUOTE_OPEN.test(toks[i - 1]?.text ?? '')) i--; // "được vinh danh "Công dân Thủ đô ưu tú""
  for (let k = Math.max(0, i - 3); k < i; k++) {
    if (VI_GIVE.match(toks, k)?.end === i || VI_RECEIVE.match(toks, k)?.end === i) return true;
  }
  return false;
}

/** Words that end an award name written in lower case ("danh hiệu tuổi trẻ dũng cảm cho …"). */
export const VI_AWARD_STOP: ReadonlySet<string> = new Set(
  `cho tặng trao của vì do được đã đang sẽ là và với nhằm tại trong năm lên từ khi sau để cùng này đó các những
  phong gồm theo đến tới đối thay không mà đợt thuộc cũng ở dịp hồi truy`.split(/\s+/).filter(Boolean),
);

/** Words before an award that make it not conferred: "xứng đáng với danh hiệu …", "hướng tới". */
export const VI_NOT_CONFERRED: ReadonlySet<string> = new Set([
  'xứng', 'đáng', 'hướng', 'phấn', 'đấu', 'truyền', 'thống', 'mang', 'đề', 'xét', 'lọt', 'khảo',
  // ("đề nghị" by its first word: "hội nghị" before an award is a conference, not a proposal.)
  // "trong cuộc đua giành danh hiệu Vua phá lưới": a race, not a win.
  'đua',
  // ("đã đăng ký tham dự Giải thưởng Chất lượng Quốc gia": entered, not won; not "vinh dự", an honour.)
  'tham', 'đăng',
]);

// Honours of a tournament named without a superlative.
export const SPORT_TITLES = new PhraseTrie<true>();
for (const w of ['vua phá lưới', 'hoa khôi', 'vua kiến tạo', 'găng tay vàng', 'chiếc giày vàng']) SPORT_TITLES.add(w, true);

// Fields joined by "và" inside one name ("Giải thưởng Khoa học và Công nghệ Quả cầu vàng").
export const JOINED_FIELDS = new Set(['học và công', 'học và nghệ', 'hóa và nghệ', 'dục và đào', 'hóa và du', 'thao và du', 'lịch và văn']);
