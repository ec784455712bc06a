import { describe, expect, it } from 'vitest';
import { VN_PROVINCES, vnProvinceByCode, vnProvinceByName } from './vn-provinces.ts';

describe('VN_PROVINCES (since 1 July 2025)', () => {
  it('has the 34 units: 6 centrally-run cities and 28 provinces, unique two-digit codes in order', () => {
    expect(VN_PROVINCES).toHaveLength(34);
    expect(VN_PROVINCES.filter((p) => p.kind === 'city').map((p) => p.shortName)).toEqual([
      'Hà Nội',
      'Hải Phòng',
      'Huế',
      'Đà Nẵng',
      'Hồ Chí Minh',
      'Cần Thơ',
    ]);
    const codes = VN_PROVINCES.map((p) => p.code);
    expect(new Set(codes).size).toBe(34);
    expect(codes.every((code) => /^\d{2}$/.test(code))).toBe(true);
    expect([...codes].sort()).toEqual(codes);
  });

  it('merged provinces carry the code of their new administrative centre', () => {
    expect(vnProvinceByCode('15')?.name).toBe('Tỉnh Lào Cai'); // centre in the former Yên Bái
    expect(vnProvinceByCode('52')?.name).toBe('Tỉnh Gia Lai'); // centre in the former Bình Định
    expect(vnProvinceByCode('80')?.name).toBe('Tỉnh Tây Ninh'); // centre in the former Long An
    expect(vnProvinceByCode('11')?.name).toBe('Tỉnh Điện Biên'); // unchanged
    expect(vnProvinceByCode('10')).toBeUndefined(); // the former Lào Cai code is gone
  });

  it('finds a province by its name written any usual way', () => {
    expect(vnProvinceByName('Điện Biên')?.code).toBe('11');
    expect(vnProvinceByName('tinh dien bien')?.code).toBe('11');
    expect(vnProvinceByName('TP. Hồ Chí Minh')?.code).toBe('79');
    expect(vnProvinceByName('Thành phố Huế')?.code).toBe('46');
    expect(vnProvinceByName('Hà Giang')).toBeUndefined(); // merged into Tuyên Quang
  });
});
