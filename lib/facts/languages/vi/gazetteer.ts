/**
 * Vietnamese place names: the provinces and centrally-run cities, well-known districts that
 * look like personal names ("Hoàng Mai"), and countries as Vietnamese writes them. Used to keep
 * "Hà Nội" from reading as a person (Hà is a surname) and to find places.
 */
import { PhraseTrie } from '../../words';

const PROVINCES = `
Hà Nội|TP.HCM|TPHCM|TP HCM|Sài Gòn|Hải Phòng|Đà Nẵng|Cần Thơ|Huế|An Giang|Bà Rịa - Vũng Tàu
Vũng Tàu|Bắc Giang|Bắc Kạn|Bạc Liêu|Bắc Ninh|Bến Tre|Bình Định|Bình Dương|Bình Phước|Bình Thuận
Cà Mau|Cao Bằng|Đắk Lắk|Đắk Nông|Điện Biên|Đồng Nai|Đồng Tháp|Gia Lai|Hà Giang|Hà Nam|Hà Tĩnh
Hải Dương|Hậu Giang|Hòa Bình|Hưng Yên|Khánh Hòa|Kiên Giang|Kon Tum|Lai Châu|Lâm Đồng|Lạng Sơn
Lào Cai|Long An|Nam Định|Nghệ An|Ninh Bình|Ninh Thuận|Phú Thọ|Phú Yên|Quảng Bình|Quảng Nam
Quảng Ngãi|Quảng Ninh|Quảng Trị|Sóc Trăng|Sơn La|Tây Ninh|Thái Bình|Thái Nguyên|Thanh Hóa
Thừa Thiên Huế|Thừa Thiên - Huế|Tiền Giang|Trà Vinh|Tuyên Quang|Vĩnh Long|Vĩnh Phúc|Yên Bái
Hà Đông|Hoàng Mai|Hoàn Kiếm|Ba Đình|Đống Đa|Cầu Giấy|Tây Hồ|Long Biên|Thanh Xuân|Nha Trang
Đà Lạt|Hạ Long|Vinh|Buôn Ma Thuột|Quy Nhơn|Phan Thiết|Mỹ Tho|Biên Hòa|Thủ Đức|Côn Đảo
Phú Quốc|Hoàng Sa|Trường Sa|Tây Nguyên|Mê Kông|Sơn Trà|Hồng Bàng|Kiến An|Lê Chân|Ngô Quyền
Cát Bà|Cát Bi|Đồ Sơn|Mai Châu|Mộc Châu|Sa Pa|Tràng Cát|Quỳ Châu|Tam Kỳ|Hội An|Phan Rang
`;

const COUNTRIES = `
Việt Nam|Lào|Campuchia|Trung Quốc|Nhật Bản|Nhật|Hàn Quốc|Triều Tiên|Thái Lan|Indonesia|Malaysia
Singapore|Philippines|Myanmar|Brunei|Đông Timor|Ấn Độ|Pakistan|Bangladesh|Mỹ|Hoa Kỳ|Canada|Mexico
Cuba|Brazil|Argentina|Chile|Anh|Vương quốc Anh|Pháp|Đức|Ý|Italy|Tây Ban Nha|Bồ Đào Nha|Hà Lan
Bỉ|Vương quốc Bỉ|Thụy Sĩ|Thụy Điển|Na Uy|Đan Mạch|Phần Lan|Ba Lan|Séc|Slovakia|Hungary|Áo|Nga
Liên bang Nga|Ukraine|Belarus|Bulgaria|Bungary|Romania|Hy Lạp|Thổ Nhĩ Kỳ|Iran|Iraq|Israel|Ai Cập
Nam Phi|Australia|Úc|New Zealand|Liên Xô|Mông Cổ|Kazakhstan|Ả Rập Saudi|Qatar|UAE|Venezuela
Châu Âu|Châu Á|Châu Phi|Châu Mỹ|Đông Nam Á|Mông Cổ|Đài Loan|Hồng Kông|Ma Cao|Ba Tư|Tây Ban Nha
`;

const split = (s: string): string[] => s.split(/[|\n]/).map((x) => x.trim()).filter(Boolean);

/** Kind of a known place. */
export type PlaceKind = 'province' | 'country';

/** All known places, longest match first via the trie. */
export const VI_PLACES = new PhraseTrie<PlaceKind>();
for (const p of split(PROVINCES)) VI_PLACES.add(p, 'province');
for (const p of split(COUNTRIES)) VI_PLACES.add(p, 'country');

/** Lower-case words that make the capitalised words after them a place, never a person. */
export const VI_PLACE_WORDS: ReadonlySet<string> = new Set([
  'tỉnh', 'thành phố', 'tp', 'tp.', 'quận', 'huyện', 'xã', 'phường', 'thị xã', 'thị trấn', 'đường',
  'phố', 'ngõ', 'sông', 'hồ', 'núi', 'cầu', 'chợ', 'làng', 'thôn', 'bản', 'ấp', 'đảo', 'vịnh',
  'biển', 'đèo', 'sân bay', 'cảng', 'khu', 'miền', 'vùng', 'thủ đô', 'châu',
]);
