import { normalizeVietnamese } from './common.ts';

/**
 * The 34 provincial-level units since 1 July 2025 (Resolution 202/2025/QH15): 6
 * centrally-run cities and 28 provinces. Codes are the national administrative unit
 * codes (Decision 19/2025/QĐ-TTg): a merged province kept the code of the former
 * province where its administrative centre now sits (Lào Cai → 15, the former Yên Bái).
 *
 * Address fields store `provinceCode` + `provinceName`, so a dossier keeps the name it
 * was written with even if this list changes again.
 */
export type TVnProvince = {
  readonly code: string;
  /** Official name, as written on documents: "Tỉnh Điện Biên", "Thành phố Hà Nội" */
  readonly name: string;
  /** Bare name: "Điện Biên", "Hà Nội" */
  readonly shortName: string;
  readonly kind: 'city' | 'province';
};

const city = (code: string, shortName: string): TVnProvince => ({ code, name: `Thành phố ${shortName}`, shortName, kind: 'city' });
const province = (code: string, shortName: string): TVnProvince => ({ code, name: `Tỉnh ${shortName}`, shortName, kind: 'province' });

/** In code order, the order of the national list. */
export const VN_PROVINCES: readonly TVnProvince[] = [
  city('01', 'Hà Nội'),
  province('04', 'Cao Bằng'),
  province('08', 'Tuyên Quang'),
  province('11', 'Điện Biên'),
  province('12', 'Lai Châu'),
  province('14', 'Sơn La'),
  province('15', 'Lào Cai'),
  province('19', 'Thái Nguyên'),
  province('20', 'Lạng Sơn'),
  province('22', 'Quảng Ninh'),
  province('24', 'Bắc Ninh'),
  province('25', 'Phú Thọ'),
  city('31', 'Hải Phòng'),
  province('33', 'Hưng Yên'),
  province('37', 'Ninh Bình'),
  province('38', 'Thanh Hóa'),
  province('40', 'Nghệ An'),
  province('42', 'Hà Tĩnh'),
  province('44', 'Quảng Trị'),
  city('46', 'Huế'),
  city('48', 'Đà Nẵng'),
  province('51', 'Quảng Ngãi'),
  province('52', 'Gia Lai'),
  province('56', 'Khánh Hòa'),
  province('66', 'Đắk Lắk'),
  province('68', 'Lâm Đồng'),
  province('75', 'Đồng Nai'),
  city('79', 'Hồ Chí Minh'),
  province('80', 'Tây Ninh'),
  province('82', 'Đồng Tháp'),
  province('86', 'Vĩnh Long'),
  province('91', 'An Giang'),
  city('92', 'Cần Thơ'),
  province('96', 'Cà Mau'),
];

const BY_CODE: ReadonlyMap<string, TVnProvince> = new Map(VN_PROVINCES.map((p) => [p.code, p]));

export const vnProvinceByCode = (code: string): TVnProvince | undefined => BY_CODE.get(code);

/**
 * The province a name designates, with or without "Tỉnh"/"Thành phố"/"TP." and with or
 * without diacritics ("Điện Biên", "tinh dien bien", "TP. Hồ Chí Minh").
 */
export const vnProvinceByName = (name: string): TVnProvince | undefined => {
  const bare = normalizeVietnamese(name)
    .replace(/^(tinh|thanh pho|tp\.?)\s+/u, '')
    .trim();
  return VN_PROVINCES.find((p) => normalizeVietnamese(p.shortName) === bare);
};
