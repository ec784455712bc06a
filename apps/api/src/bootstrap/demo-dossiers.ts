import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import PDFDocument from 'pdfkit';
import type { TDossier, TProcedureDetail, TStaffActionRequest, TStaffDossier } from '@portal/domain';
import { InjectSession } from '../lib/inject-session.ts';
import { multipart } from '../lib/multipart-body.ts';

/** The password of every demo account (prisma/src/seed, README "Demo accounts"). */
const DEMO_PASSWORD = 'Demo@2025';
/** Cấp giấy phép xây dựng and Điều chỉnh giấy phép xây dựng, both handled by Sở Xây dựng (motcua, lanhdao, chuyenvien) */
const BUILDING_PERMIT = '1.009994.H18';
const PERMIT_AMENDMENT = '1.009995.H18';

const fontFile = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSans.ttf');

/** A one-page PDF with Vietnamese text: the stand-in for a scanned document. */
function documentPdf(title: string, lines: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font(fontFile).fontSize(15).text(title, { align: 'center' }).moveDown();
    doc.fontSize(11);
    for (const line of lines) doc.text(line).moveDown(0.5);
    doc.end();
  });
}

class DemoFailure extends Error {}

async function expectOk<T>(what: string, response: Promise<{ statusCode: number; body: string; json: () => unknown }>): Promise<T> {
  const answer = await response;
  if (answer.statusCode >= 300) throw new DemoFailure(`${what}: ${answer.statusCode} ${answer.body.slice(0, 300)}`);
  return (answer.body ? answer.json() : undefined) as T;
}

async function signIn(app: FastifyInstance, username: string, staff = false): Promise<InjectSession> {
  // One address per person, like real browsers: the per-IP login limit is never in the way.
  const session = new InjectSession(app, '127.0.0.1');
  await expectOk(`login ${username}`, session.post(staff ? '/api/v1/staff/auth/login' : '/api/v1/auth/login', { username, password: DEMO_PASSWORD }));
  return session;
}

/** What a citizen does on the form: the procedure's sample declaration and a scan for each required component. */
async function draft(citizen: InjectSession, procedure: TProcedureDetail, scan: Buffer): Promise<TDossier> {
  const created = await expectOk<TDossier>('create', citizen.post('/api/v1/dossiers', { procedureId: procedure.id, formData: procedure.sampleFormData ?? {} }));
  for (const component of procedure.components.filter((candidate) => candidate.required)) {
    const { payload, headers } = multipart({ componentId: component.id }, { name: `${component.name.slice(0, 60)}.pdf`, content: scan, type: 'application/pdf' });
    await expectOk('upload', citizen.request('POST', `/api/v1/dossiers/${created.id}/files`, payload, { headers }));
  }
  return created;
}

async function sent(citizen: InjectSession, procedure: TProcedureDetail, scan: Buffer): Promise<string> {
  const dossier = await draft(citizen, procedure, scan);
  await expectOk('submit', citizen.post(`/api/v1/dossiers/${dossier.id}/submit`, {}));
  return dossier.id;
}

type WithoutVersion<T> = T extends unknown ? Omit<T, 'version'> : never;

/** A staff action with the dossier's current version, as the workspace sends it. */
async function act(person: InjectSession, id: string, action: WithoutVersion<TStaffActionRequest>): Promise<TStaffDossier> {
  const { version } = await expectOk<TStaffDossier>('read', person.get(`/api/v1/staff/dossiers/${id}`));
  return expectOk<TStaffDossier>(action.type, person.post(`/api/v1/staff/dossiers/${id}/actions`, { ...action, version }));
}

async function colleague(person: InjectSession, role: 'leader' | 'specialist'): Promise<string> {
  const { items } = await expectOk<{ items: { id: string }[] }>('colleagues', person.get(`/api/v1/staff/colleagues?role=${role}`));
  if (!items[0]) throw new DemoFailure(`no ${role} in the clerk's agency`);
  return items[0].id;
}

/**
 * The demo portal's dossiers: one of each of the six categories for `congdan` and two new
 * ones from `congdan2`, walked through the real API by the demo accounts (so codes, due
 * dates on the working-day calendar, processing history, receipts and e-mails are exactly
 * what the portal produces). Runs once, on a database without dossiers. Returns how many
 * dossiers it made, or null when there were already some.
 */
/** How many dossiers loadDemoDossiers walks through the API (for its progress). */
export const DEMO_DOSSIER_COUNT = 8;

export async function loadDemoDossiers(app: FastifyInstance, onProgress?: (done: number, total: number) => void): Promise<number | null> {
  if ((await app.prisma.dossier.count()) > 0) return null;
  let made = 0;
  const madeOne = () => onProgress?.((made += 1), DEMO_DOSSIER_COUNT);
  const [permit, amendment] = await Promise.all(
    [BUILDING_PERMIT, PERMIT_AMENDMENT].map((code) => expectOk<TProcedureDetail>(`procedure ${code}`, app.inject({ method: 'GET', url: `/api/v1/procedures/${code}` }))),
  );
  const scan = await documentPdf('Bản chụp hồ sơ (dữ liệu mẫu)', ['Tài liệu mẫu của cổng dịch vụ công trình diễn.', 'Không có giá trị pháp lý.']);
  const congdan = await signIn(app, 'congdan');
  const congdan2 = await signIn(app, 'congdan2');
  const motcua = await signIn(app, 'motcua', true);
  const lanhdao = await signIn(app, 'lanhdao', true);
  const chuyenvien = await signIn(app, 'chuyenvien', true);

  // Hồ sơ chưa gửi: a saved draft.
  await draft(congdan, permit!, scan);
  madeOne();
  // Hồ sơ đã gửi: waiting at the one-stop desk (with the 8-working-hour deadline).
  await sent(congdan, amendment!, scan);
  madeOne();
  await sent(congdan2, permit!, scan);
  madeOne();
  await sent(congdan2, amendment!, scan);
  madeOne();

  // Hồ sơ yêu cầu bổ sung.
  const supplement = await sent(congdan, permit!, scan);
  madeOne();
  await act(motcua, supplement, {
    type: 'request-supplement',
    note: 'Đề nghị bổ sung: (1) bản vẽ mặt bằng công trình trên lô đất có chữ ký của đơn vị thiết kế; (2) bản sao giấy tờ về quyền sử dụng đất có chứng thực.',
  });

  // Hồ sơ đang xử lý: received, registered and with the specialist.
  const processing = await sent(congdan, amendment!, scan);
  madeOne();
  await act(motcua, processing, { type: 'receive' });
  await act(motcua, processing, { type: 'transfer-records' });
  await act(motcua, processing, { type: 'register', bookNumber: '101/SXD' });
  await act(motcua, processing, { type: 'forward', toUserId: await colleague(motcua, 'leader'), note: 'Kính chuyển lãnh đạo phân công xử lý.' });
  await act(lanhdao, processing, { type: 'forward', toUserId: await colleague(lanhdao, 'specialist'), note: 'Giao chuyên viên thẩm định, trình trong tuần.' });

  // Hồ sơ đã trả kết quả: the whole chain, a result document, handed over and rated.
  const result = await sent(congdan, permit!, scan);
  madeOne();
  await act(motcua, result, { type: 'receive' });
  await act(motcua, result, { type: 'forward', toUserId: await colleague(motcua, 'specialist'), note: 'Chuyển chuyên viên xử lý.' });
  const permitPdf = await documentPdf('GIẤY PHÉP XÂY DỰNG (dữ liệu mẫu)', ['Sở Xây dựng tỉnh Điện Biên cấp cho: Nguyễn Văn An.', 'Kết quả mẫu của cổng trình diễn, không có giá trị pháp lý.']);
  const { payload, headers } = multipart({}, { name: 'giay-phep-xay-dung.pdf', content: permitPdf, type: 'application/pdf' });
  await expectOk('result file', chuyenvien.request('POST', `/api/v1/staff/dossiers/${result}/result-files`, payload, { headers }));
  await act(chuyenvien, result, { type: 'complete', note: 'Đủ điều kiện cấp phép.' });
  await act(motcua, result, { type: 'hand-over', note: 'Trả kết quả qua cổng dịch vụ công.' });
  await expectOk('rating', congdan.post(`/api/v1/dossiers/${result}/rating`, { score: 5, comment: 'Cán bộ hướng dẫn tận tình, trả kết quả đúng hẹn.' }));

  // Hồ sơ bị trả lại.
  const returned = await sent(congdan, amendment!, scan);
  madeOne();
  await act(motcua, returned, { type: 'return', reason: 'Công trình thuộc thẩm quyền cấp phép của UBND cấp xã theo quy định; đề nghị nộp hồ sơ tại UBND phường nơi có công trình.' });

  return app.prisma.dossier.count();
}
