import type { SeedProcedure } from '../types.ts';
import { capXaProcedures } from './cap-xa.ts';
import { congAnProcedures } from './cong-an.ts';
import { congThuongProcedures } from './cong-thuong.ts';
import { danTocTonGiaoProcedures } from './dan-toc-ton-giao.ts';
import { giaoDucProcedures } from './giao-duc.ts';
import { hoTichProcedures } from './ho-tich.ts';
import { khoaHocCongNgheProcedures } from './khoa-hoc-cong-nghe.ts';
import { nongNghiepMoiTruongProcedures } from './nong-nghiep-moi-truong.ts';
import { noiVuProcedures } from './noi-vu.ts';
import { taiChinhProcedures } from './tai-chinh.ts';
import { thanhTraProcedures } from './thanh-tra.ts';
import { tuPhapProcedures } from './tu-phap.ts';
import { vanHoaDuLichProcedures } from './van-hoa-du-lich.ts';
import { xayDungProcedures } from './xay-dung.ts';
import { yTeProcedures } from './y-te.ts';

/** Every procedure of the demo catalogue (Tỉnh Điện Biên) */
export const procedures: SeedProcedure[] = [
  ...xayDungProcedures,
  ...giaoDucProcedures,
  ...yTeProcedures,
  ...taiChinhProcedures,
  ...tuPhapProcedures,
  ...congThuongProcedures,
  ...noiVuProcedures,
  ...nongNghiepMoiTruongProcedures,
  ...khoaHocCongNgheProcedures,
  ...vanHoaDuLichProcedures,
  ...danTocTonGiaoProcedures,
  ...congAnProcedures,
  ...thanhTraProcedures,
  ...hoTichProcedures,
  ...capXaProcedures,
];

export {
  capXaProcedures,
  congAnProcedures,
  congThuongProcedures,
  danTocTonGiaoProcedures,
  giaoDucProcedures,
  hoTichProcedures,
  khoaHocCongNgheProcedures,
  nongNghiepMoiTruongProcedures,
  noiVuProcedures,
  taiChinhProcedures,
  thanhTraProcedures,
  tuPhapProcedures,
  vanHoaDuLichProcedures,
  xayDungProcedures,
  yTeProcedures,
};
