import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Prisma, Role } from '@portal/db';
import { addLocalDays, computeDueDate, isWorkingDay, localDateOf, nextWorkingDay, vnInstantOf, type TWorkingCalendar } from '@portal/domain';
import { loadWorkingCalendar } from '../features/admin-calendar/working-calendar.ts';
import { unitOf } from '../features/staff-dossiers/access.ts';

/**
 * The demo portal's past year: finished dossiers (results and returns, ratings for some)
 * of the last twelve months for the demo procedures, so that the statistics page, the
 * agencies' "done" views and the history tables look like a portal in use. Made once, at
 * the first start of the embedded demo (SEED_DEMO_DOSSIERS), straight into the database
 * — the API cannot date a step in the past — with the same rules the portal applies:
 * codes per agency and day, due dates on the working-day calendar, history rows with
 * snapshots of the demo staff, `version` = 1 + history rows. Applicants are invented and
 * marked as such; these dossiers were "submitted without an account" (no e-mail goes out).
 */

/** Reproducible: the same demo every time (mulberry32). */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = ['Nguyễn', 'Lò', 'Quàng', 'Lường', 'Cầm', 'Tòng', 'Vì', 'Giàng', 'Sùng', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đỗ', 'Vũ'];
const MIDDLE_M = ['Văn', 'Minh', 'Đức', 'Công', 'A'];
const MIDDLE_F = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Thị'];
const GIVEN_M = ['Thắng', 'Pọm', 'Dũng', 'Hùng', 'Tuấn', 'Sinh', 'Chứ', 'Páo', 'Khánh', 'Nam', 'Sơn', 'Hải'];
const GIVEN_F = ['Hoa', 'Xuân', 'Mai', 'Lan', 'Hương', 'Dung', 'Chi', 'Nga', 'Thảo', 'Yến', 'Ánh', 'Linh'];
const PLACES = ['phường Him Lam', 'phường Mường Thanh', 'phường Tân Thanh', 'xã Thanh Nưa', 'xã Mường Phăng', 'xã Nà Tấu', 'phường Noong Bua', 'xã Thanh Xương'];
const RATING_COMMENTS = ['Cán bộ hướng dẫn tận tình.', 'Trả kết quả trước hẹn, rất hài lòng.', 'Thủ tục nhanh gọn.', null, null, 'Cần hướng dẫn rõ hơn về thành phần hồ sơ.'];
const RETURN_REASONS = [
  'Hồ sơ không thuộc thẩm quyền giải quyết của cơ quan; đề nghị nộp tại UBND cấp xã nơi cư trú.',
  'Người nộp hồ sơ đề nghị rút hồ sơ.',
  'Đối tượng không đủ điều kiện theo quy định.',
];
/** The archive's applicants write from this reserved domain: it also tells that the archive is there. */
const ARCHIVE_EMAIL_DOMAIN = '@example.invalid';
/** Dossiers a month across the demo province, oldest month first (the last is this one): a portal growing in use */
const PER_MONTH = [70, 75, 80, 85, 90, 96, 100, 105, 112, 118, 124, 130];

interface Person {
  id: string | null;
  name: string;
  role: Role;
  unit: string;
}

/** Returns how many dossiers it made, or null when the archive is already there. */
export async function loadDemoArchive(
  app: FastifyInstance,
  now = new Date(),
  /** Months drawn, then the write: PER_MONTH.length + 1 in all */
  onProgress?: (done: number, total: number) => void,
): Promise<number | null> {
  const prisma = app.prisma;
  if ((await prisma.dossier.count({ where: { guestEmail: { endsWith: ARCHIVE_EMAIL_DOMAIN } } })) > 0) return null;
  const calendar = await loadWorkingCalendar(prisma);
  const next = random(20251201);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

  const procedures = await prisma.procedure.findMany({
    where: { active: true, serviceLevel: { not: 'info_only' } },
    select: {
      id: true,
      processingDays: true,
      usageCount: true,
      formVersions: { orderBy: { version: 'desc' }, take: 1, select: { id: true, sampleData: true } },
      handlingAgencies: { select: { agency: { select: { id: true, name: true, unitCode: true } } } },
    },
    orderBy: { code: 'asc' },
  });
  const usable = procedures.filter((p) => p.formVersions[0] && p.handlingAgencies.length > 0);
  if (usable.length === 0) return 0;
  const weights = usable.map((p) => 1 + p.usageCount);
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  const drawProcedure = () => {
    let r = next() * totalWeight;
    for (const [i, w] of weights.entries()) if ((r -= w) < 0) return usable[i]!;
    return usable.at(-1)!;
  };

  const staff = await prisma.user.findMany({
    where: { kind: 'staff', status: 'active', agencyId: { not: null } },
    select: { id: true, fullName: true, username: true, roles: true, position: true, agency: { select: { id: true, name: true } } },
  });
  const personOf = (agency: { id: string; name: string }, role: 'clerk' | 'specialist' | 'leader'): Person => {
    const user = staff.find((candidate) => candidate.agency?.id === agency.id && candidate.roles.includes(role));
    if (user) return { id: user.id, name: user.fullName ?? user.username, role, unit: unitOf(user.position, agency.name) };
    const title = { clerk: 'Bộ phận một cửa', specialist: 'Chuyên viên', leader: 'Lãnh đạo' }[role];
    return { id: null, name: title, role, unit: agency.name };
  };

  const today = localDateOf(now);
  const dossiers: Prisma.DossierCreateManyInput[] = [];
  const history: Prisma.DossierHistoryEventCreateManyInput[] = [];
  const ratings: Prisma.DossierRatingCreateManyInput[] = [];
  const sequences = new Map<string, { agencyId: string; day: string; last: number }>();

  const [year, month] = today.split('-').map(Number) as [number, number];
  for (const [offset, count] of PER_MONTH.entries()) {
    onProgress?.(offset, PER_MONTH.length + 1);
    // The last twelve months up to this one; this month only until yesterday.
    const monthIndex = year * 12 + (month - 1) - (PER_MONTH.length - 1 - offset);
    const first = `${Math.floor(monthIndex / 12)}-${String((monthIndex % 12) + 1).padStart(2, '0')}-01`;
    const workingDays: string[] = [];
    let monthWorkingDays = 0;
    for (let day = first; day.slice(0, 7) === first.slice(0, 7); day = addLocalDays(day, 1)) {
      if (!isWorkingDay(day, calendar)) continue;
      monthWorkingDays += 1;
      if (day < today) workingDays.push(day);
    }
    if (workingDays.length === 0) continue;
    const dossiersThisMonth = Math.round((count * workingDays.length) / monthWorkingDays);
    for (let n = 0; n < dossiersThisMonth; n++) {
      const procedure = drawProcedure();
      const agency = pick(procedure.handlingAgencies).agency;
      const day = pick(workingDays);
      const submittedAt = vnInstantOf(day, 450 + Math.floor(next() * 540));
      // The one-stop desk receives within its 8 working hours: the same day or the next.
      const receivedOn = next() < 0.6 ? day : nextWorkingDay(day, calendar);
      const receivedAt = new Date(Math.max(submittedAt.getTime() + 20 * 60_000, vnInstantOf(receivedOn, 450 + Math.floor(next() * 480)).getTime()));
      const dueAt = computeDueDate({ receivedAt, workingDays: procedure.processingDays, calendar });
      const returned = next() < 0.08;
      const late = !returned && next() < 0.09;
      const finishedAt = returned
        ? new Date(receivedAt.getTime() + (1 + next() * 48) * 3600_000)
        : late
          ? vnInstantOf(workdaysAfter(localDateOf(dueAt), 1 + Math.floor(next() * 4), calendar), 480 + Math.floor(next() * 480))
          : new Date(receivedAt.getTime() + (0.15 + 0.8 * next()) * Math.max(3600_000, dueAt.getTime() - receivedAt.getTime()));
      if (finishedAt.getTime() >= now.getTime()) continue;

      const key = `${agency.id}|${day}`;
      const sequence = sequences.get(key) ?? { agencyId: agency.id, day, last: 0 };
      sequence.last += 1;
      sequences.set(key, sequence);
      const id = randomUUID();
      const male = next() < 0.5;
      const fullName = `${pick(FAMILY)} ${pick(male ? MIDDLE_M : MIDDLE_F)} ${pick(male ? GIVEN_M : GIVEN_F)}`;
      const idNumber = `011${male ? '0' : '1'}${String(60 + Math.floor(next() * 40)).padStart(2, '0')}${String(Math.floor(next() * 1e6)).padStart(6, '0')}`;
      const applicant = {
        fullName,
        idNumber,
        phone: `09${String(Math.floor(next() * 1e8)).padStart(8, '0')}`,
        email: `luu-tru.${dossiers.length + 1}${ARCHIVE_EMAIL_DOMAIN}`,
        address: `Tổ ${1 + Math.floor(next() * 12)}, ${pick(PLACES)}, tỉnh Điện Biên`,
        note: 'Dữ liệu mẫu của cổng trình diễn',
      };
      const clerk = personOf(agency, 'clerk');
      const specialist = personOf(agency, 'specialist');
      const applicantParty = { name: fullName, unit: null };
      const events: Omit<Prisma.DossierHistoryEventCreateManyInput, 'dossierId'>[] = [
        { at: submittedAt, action: 'submit', fromStatus: 'unsent', toStatus: 'sent', actorName: fullName, receiverName: 'Bộ phận một cửa', receiverRole: 'clerk', receiverUnit: agency.name, metadata: { actorRole: 'guest' } },
        { at: receivedAt, action: 'receive', fromStatus: 'sent', toStatus: 'processing', actorId: clerk.id, actorName: clerk.name, actorRole: clerk.role, actorUnit: clerk.unit },
      ];
      let resultStatus: 'result' | 'returned' = 'result';
      if (returned) {
        resultStatus = 'returned';
        const reason = pick(RETURN_REASONS);
        events.push({ at: finishedAt, action: 'return', fromStatus: 'processing', toStatus: 'returned', actorId: clerk.id, actorName: clerk.name, actorRole: clerk.role, actorUnit: clerk.unit, receiverName: applicantParty.name, receiverRole: 'citizen', note: reason });
      } else {
        const forwardedAt = new Date(receivedAt.getTime() + Math.min(2 * 3600_000, (finishedAt.getTime() - receivedAt.getTime()) / 3));
        events.push(
          { at: forwardedAt, action: 'forward', actorId: clerk.id, actorName: clerk.name, actorRole: clerk.role, actorUnit: clerk.unit, receiverId: specialist.id, receiverName: specialist.name, receiverRole: specialist.role, receiverUnit: specialist.unit, note: 'Chuyển chuyên viên xử lý.' },
          { at: finishedAt, action: 'complete', fromStatus: 'processing', toStatus: 'result', actorId: specialist.id, actorName: specialist.name, actorRole: specialist.role, actorUnit: specialist.unit, note: 'Đủ điều kiện giải quyết.' },
        );
        const handedAt = new Date(finishedAt.getTime() + 3600_000);
        if (handedAt.getTime() < now.getTime()) {
          events.push({ at: handedAt, action: 'hand-over', actorId: clerk.id, actorName: clerk.name, actorRole: clerk.role, actorUnit: clerk.unit, receiverName: applicantParty.name, receiverRole: 'citizen', note: 'Trả kết quả qua cổng dịch vụ công.' });
        }
        const ratedAt = new Date(finishedAt.getTime() + (2 + next() * 70) * 3600_000);
        if (next() < 0.45 && ratedAt.getTime() < now.getTime()) {
          const r = next();
          ratings.push({ dossierId: id, score: r < 0.55 ? 5 : r < 0.85 ? 4 : r < 0.95 ? 3 : r < 0.99 ? 2 : 1, comment: pick(RATING_COMMENTS), createdAt: ratedAt });
        }
      }
      dossiers.push({
        id,
        code: `${agency.unitCode}-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-${String(sequence.last).padStart(4, '0')}`,
        procedureId: procedure.id,
        formVersionId: procedure.formVersions[0]!.id,
        agencyId: agency.id,
        guestEmail: applicant.email,
        guestConfirmedAt: submittedAt,
        guestLocale: 'vi',
        applicant,
        applicantName: fullName,
        applicantIdNumber: idNumber,
        formData: (procedure.formVersions[0]!.sampleData ?? {}) as Prisma.InputJsonValue,
        status: resultStatus,
        version: 1 + events.length,
        channel: next() < 0.78 ? 'online' : 'in_person',
        assigneeId: returned ? clerk.id : specialist.id,
        submittedAt,
        receivedAt,
        dueAt,
        originalDueAt: dueAt,
        finishedAt,
        returnReason: returned ? events.at(-1)!.note! : null,
        createdAt: new Date(submittedAt.getTime() - 30 * 60_000),
        updatedAt: events.at(-1)!.at as Date,
      });
      for (const event of events) history.push({ ...event, dossierId: id });
    }
  }

  onProgress?.(PER_MONTH.length, PER_MONTH.length + 1);
  // One transaction: the statistics triggers see each statement once, as a bulk load.
  await prisma.$transaction(
    async (tx) => {
      await tx.dossier.createMany({ data: dossiers });
      await tx.dossierHistoryEvent.createMany({ data: history });
      await tx.dossierRating.createMany({ data: ratings });
      await tx.dossierCodeSequence.createMany({
        data: [...sequences.values()].map((s) => ({ agencyId: s.agencyId, day: new Date(`${s.day}T00:00:00Z`), lastValue: s.last })),
        skipDuplicates: true,
      });
    },
    { timeout: 120_000 },
  );
  onProgress?.(PER_MONTH.length + 1, PER_MONTH.length + 1);
  return dossiers.length;
}

/** The working day `count` working days after `day`. */
function workdaysAfter(day: string, count: number, calendar: TWorkingCalendar): string {
  let result = day;
  for (let i = 0; i < count; i++) result = nextWorkingDay(result, calendar);
  return result;
}
