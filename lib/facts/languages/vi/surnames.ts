/**
 * Vietnamese family names (họ), the first syllable of a personal name. Includes the common
 * regional variants (Hoàng/Huỳnh, Vũ/Võ) and the frequent minority-people prefixes.
 */
const SURNAMES = `
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Trịnh Đinh Lâm Mai Tô Hà
Đào Cao Lương Tạ Thái Chu Kiều Vương Quách Tăng Lưu Triệu Đoàn Văn Lại La Từ Nông Lò Trương Đàm
Doãn Khổng Khúc Lã Lạc Lục Mạc Mạch Nghiêm Phí Phùng Tiêu Tôn Thân Thạch Tống Trình Ứng Vi
Âu Ân Bạch Bế Biện Cù Cung Diệp Diêm Đàng Đường Giáp Hàn Hầu Hứa Kha Khương Kim Lăng Liễu Lữ Mã
Mẫn Ngũ Nhan Nhâm Sầm Tào Tất Thiều Thịnh Tiết Trác Trầm Uông Ưng Vạn Vòng
Lầu Sùng Giàng Vàng Thào Mùa Cầm Quàng Sái Lường Chế Cấn Cát Châu Chử Đậu Đới Đổng
Khuất Lều Lỗ Nhữ Phi Quản Ngạc Bành Ôn Kiểu Lộc Hờ Vừ Điểu Ma Ninh Lèo Pờ Chảo Tẩn Phàn Nùng Bàn
Chìu Ông Ka Sơn Danh Néang Chau Lư Thới Giang Quan
Mào Vì Hoàng Tòng Khà Lìu Xồng Hạng Mông Lý Cà Hà Bạc Bạch Liềng Mạ Triệu Thèn Sần Phìn Lù Vương
Ngân Mè Ngọ Lồ Ly
`;

// Family names of the Central Highlands peoples (Jrai, Ê Đê, Ba Na, K'Ho): "Rơ Mah Thuân", "Ksor Tih", "Y Blin Niê", "Liêng Hót Ha Thuận".
const HIGHLANDS = `Ksor Siu Rơ Niê Mlô Byă Kpă Kpuih Rcom Alăng Bhling Êban Ayŭn Hđơk Bdap Nay Y H' Rah Rmah Puih Kpor Liêng Kơ Bon Cil Touneh Păng`;

const keys = (list: string): string[] => list.split(/\s+/).filter(Boolean).map((s) => s.toLowerCase());

/** Highlands family names: the syllables after them need not read as Vietnamese ("Mah", "Blin"). */
export const VI_HIGHLANDS_SURNAMES: ReadonlySet<string> = new Set(keys(HIGHLANDS));

/** The surname set, keyed by the lower-case syllable (NFC, new tone placement). */
export const VI_SURNAMES: ReadonlySet<string> = new Set([...keys(SURNAMES), ...VI_HIGHLANDS_SURNAMES]);
