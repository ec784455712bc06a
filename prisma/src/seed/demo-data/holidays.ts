import type { SeedHoliday } from './types.ts';

/**
 * Public holidays (Bộ luật Lao động 2019, Điều 112) for 2025–2027. Only weekdays that are
 * days off are listed (Saturdays and Sundays are already non-working days for the
 * public service); makeup workdays are Saturdays that become working days.
 * Editable by the administrator: Tết dates move every year and the Government
 * announces the exact break each autumn.
 */
export const holidays: SeedHoliday[] = [
  // ---------------------------------------------------------------------------
  // 2025 — as announced (Công văn của Bộ Lao động – Thương binh và Xã hội / Bộ Nội vụ):
  // Tết Nguyên đán Ất Tỵ (mùng 1 = 29/01/2025): nghỉ từ thứ Bảy 25/01 đến hết Chủ nhật 02/02/2025.
  // 30/4–1/5: công chức, viên chức nghỉ 5 ngày liên tục 30/4–04/5, hoán đổi ngày làm việc
  // thứ Sáu 02/5 sang thứ Bảy 26/4/2025. Quốc khánh: nghỉ 30/8–02/9/2025 (thứ Hai 1/9, thứ Ba 2/9).
  // ---------------------------------------------------------------------------
  { date: '2025-01-01', name: 'Tết Dương lịch', kind: 'holiday' },
  { date: '2025-01-27', name: 'Tết Nguyên đán (nghỉ, 28 tháng Chạp)', kind: 'holiday' },
  { date: '2025-01-28', name: 'Tết Nguyên đán (nghỉ, 29 tháng Chạp – Giao thừa)', kind: 'holiday' },
  { date: '2025-01-29', name: 'Tết Nguyên đán (Mùng 1 Tết)', kind: 'holiday' },
  { date: '2025-01-30', name: 'Tết Nguyên đán (Mùng 2 Tết)', kind: 'holiday' },
  { date: '2025-01-31', name: 'Tết Nguyên đán (Mùng 3 Tết)', kind: 'holiday' },
  { date: '2025-04-07', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', kind: 'holiday' },
  { date: '2025-04-26', name: 'Làm bù cho ngày nghỉ hoán đổi 02/5/2025', kind: 'makeup_workday' },
  { date: '2025-04-30', name: 'Ngày Giải phóng miền Nam, thống nhất đất nước', kind: 'holiday' },
  { date: '2025-05-01', name: 'Ngày Quốc tế Lao động', kind: 'holiday' },
  { date: '2025-05-02', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)', kind: 'holiday' },
  { date: '2025-09-01', name: 'Quốc khánh (nghỉ, ngày liền kề)', kind: 'holiday' },
  { date: '2025-09-02', name: 'Quốc khánh', kind: 'holiday' },

  // ---------------------------------------------------------------------------
  // 2026 — Tết Nguyên đán Bính Ngọ (mùng 1 = 17/02/2026): nghỉ thứ Bảy 14/02 đến hết
  // Chủ nhật 22/02/2026. Giỗ Tổ 10/3 âm lịch = Chủ nhật 26/4/2026 → nghỉ bù thứ Hai 27/4.
  // Quốc khánh: nghỉ 1/9 (thứ Ba) và 2/9 (thứ Tư). No swap for 1/1 assumed.
  // ---------------------------------------------------------------------------
  { date: '2026-01-01', name: 'Tết Dương lịch', kind: 'holiday' },
  { date: '2026-02-16', name: 'Tết Nguyên đán (nghỉ, ngày cuối năm Ất Tỵ – Giao thừa)', kind: 'holiday' },
  { date: '2026-02-17', name: 'Tết Nguyên đán (Mùng 1 Tết)', kind: 'holiday' },
  { date: '2026-02-18', name: 'Tết Nguyên đán (Mùng 2 Tết)', kind: 'holiday' },
  { date: '2026-02-19', name: 'Tết Nguyên đán (Mùng 3 Tết)', kind: 'holiday' },
  { date: '2026-02-20', name: 'Tết Nguyên đán (Mùng 4 Tết)', kind: 'holiday' },
  { date: '2026-04-27', name: 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch rơi vào Chủ nhật 26/4)', kind: 'holiday' },
  { date: '2026-04-30', name: 'Ngày Giải phóng miền Nam, thống nhất đất nước', kind: 'holiday' },
  { date: '2026-05-01', name: 'Ngày Quốc tế Lao động', kind: 'holiday' },
  { date: '2026-09-01', name: 'Quốc khánh (nghỉ, ngày liền kề)', kind: 'holiday' },
  { date: '2026-09-02', name: 'Quốc khánh', kind: 'holiday' },

  // ---------------------------------------------------------------------------
  // 2027 — ASSUMPTION, not yet announced. Tết Đinh Mùi: mùng 1 = thứ Bảy 06/02/2027;
  // break assumed like 2024 (Tết on a Saturday): thứ Năm 04/02 to thứ Tư 10/02/2027
  // (5 working days). Giỗ Tổ = thứ Sáu 16/4/2027. 1/5/2027 is a Saturday → nghỉ bù
  // thứ Hai 03/5/2027. Quốc khánh: 2/9 (thứ Năm) and 3/9 (thứ Sáu).
  // ---------------------------------------------------------------------------
  { date: '2027-01-01', name: 'Tết Dương lịch', kind: 'holiday' },
  { date: '2027-02-04', name: 'Tết Nguyên đán (nghỉ trước Tết)', kind: 'holiday' },
  { date: '2027-02-05', name: 'Tết Nguyên đán (nghỉ, ngày cuối năm Bính Ngọ – Giao thừa)', kind: 'holiday' },
  { date: '2027-02-08', name: 'Tết Nguyên đán (Mùng 3 Tết)', kind: 'holiday' },
  { date: '2027-02-09', name: 'Tết Nguyên đán (Mùng 4 Tết)', kind: 'holiday' },
  { date: '2027-02-10', name: 'Tết Nguyên đán (Mùng 5 Tết)', kind: 'holiday' },
  { date: '2027-04-16', name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', kind: 'holiday' },
  { date: '2027-04-30', name: 'Ngày Giải phóng miền Nam, thống nhất đất nước', kind: 'holiday' },
  { date: '2027-05-03', name: 'Nghỉ bù Ngày Quốc tế Lao động (1/5 rơi vào thứ Bảy)', kind: 'holiday' },
  { date: '2027-09-02', name: 'Quốc khánh', kind: 'holiday' },
  { date: '2027-09-03', name: 'Quốc khánh (nghỉ, ngày liền kề)', kind: 'holiday' },
];
