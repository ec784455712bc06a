/**
 * Self-check of the demo-province data. Run:
 *   cd prisma && npx tsx src/seed/demo-data/check.ts
 * Exits with status 1 and prints every problem when something is wrong.
 */
import { agencies, fields, guides, holidays, legalDocuments, procedures, users } from './index.ts';
import type { SeedFormField } from './types.ts';

const problems: string[] = [];
const fail = (msg: string): void => {
  problems.push(msg);
};
const assert = (cond: unknown, msg: string) => {
  if (!cond) fail(msg);
};

const KEY_RE = /^[a-z][a-zA-Z0-9_]{0,63}$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const ALL_KINDS = ['text', 'textarea', 'number', 'date', 'select', 'checkbox', 'address', 'table'] as const;
const TODAY = new Date().toISOString().slice(0, 10);

const isValidDate = (s: unknown): s is string => {
  if (typeof s !== 'string' || !DATE_RE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
const dups = (xs: string[]) => [...new Set(xs.filter((x, i) => xs.indexOf(x) !== i))];
const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

// ---------------------------------------------------------------------------
// Agencies
// ---------------------------------------------------------------------------
const agencyCodes = new Set(agencies.map((a) => a.unitCode));
const byLevel = (level: string) => agencies.filter((a) => a.level === level);
assert(byLevel('province').length >= 1, 'need ≥ 1 province');
assert(byLevel('department').length >= 8, `need ≥ 8 departments, got ${byLevel('department').length}`);
assert(byLevel('service_center').length === 1, `need exactly 1 service centre, got ${byLevel('service_center').length}`);
assert(byLevel('commune').length >= 4, `need ≥ 4 communes, got ${byLevel('commune').length}`);
assert(byLevel('district').length >= 1, 'need the historic district');
for (const d of dups(agencies.map((a) => a.unitCode))) fail(`duplicate agency unit code ${d}`);
for (const a of agencies) {
  assert(/^\d{3}\.\d{2}\.\d{2}\.H18$/.test(a.unitCode), `agency ${a.name}: unit code ${a.unitCode} does not look like 000.00.00.H18`);
  if (a.level === 'province') assert(!a.parentUnitCode, `province ${a.name} must be the root`);
  else assert(a.parentUnitCode && agencyCodes.has(a.parentUnitCode), `agency ${a.name}: parent ${a.parentUnitCode} does not resolve`);
  if (a.email) assert(/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(a.email), `agency ${a.name}: bad e-mail`);
}
const agencyNames = agencies.map((a) => a.name);
for (const name of ['Sở Xây dựng', 'Sở Y tế', 'Sở Tài chính', 'Sở Tư pháp', 'Sở Công Thương', 'Sở Nội vụ', 'Sở Giáo dục và Đào tạo', 'Sở Nông nghiệp và Môi trường', 'Sở Khoa học và Công nghệ', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Dân tộc và Tôn giáo', 'Công an tỉnh', 'Thanh tra tỉnh']) {
  assert(agencyNames.some((n) => n.startsWith(name)), `missing department ${name}`);
}

// ---------------------------------------------------------------------------
// Fields
// ---------------------------------------------------------------------------
const fieldCodes = new Set(fields.map((f) => f.code));
assert(fields.length >= 12, `need ≥ 12 fields, got ${fields.length}`);
for (const d of dups(fields.map((f) => f.code))) fail(`duplicate field code ${d}`);
for (const d of dups(fields.map((f) => f.name))) fail(`duplicate field name ${d}`);

// ---------------------------------------------------------------------------
// Form values
// ---------------------------------------------------------------------------
function checkValue(where: string, field: SeedFormField, value: unknown): void {
  const w = `${where}.${field.key}`;
  if (isEmpty(value)) {
    if (field.required) fail(`${w}: required but not filled`);
    if (field.kind === 'checkbox' && field.mustBeChecked) fail(`${w}: declaration must be checked`);
    return;
  }
  switch (field.kind) {
    case 'text':
      if (typeof value !== 'string') return fail(`${w}: expected a string`);
      if (field.maxLength && value.length > field.maxLength) fail(`${w}: longer than ${field.maxLength}`);
      if (field.pattern && !new RegExp(field.pattern).test(value)) fail(`${w}: "${value}" does not match ${field.pattern}`);
      return;
    case 'textarea':
      if (typeof value !== 'string') return fail(`${w}: expected a string`);
      if (field.maxLength && value.length > field.maxLength) fail(`${w}: longer than ${field.maxLength}`);
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail(`${w}: expected a number`);
      if (field.integer && !Number.isInteger(value)) fail(`${w}: expected an integer`);
      if (field.min !== undefined && value < field.min) fail(`${w}: below min ${field.min}`);
      if (field.max !== undefined && value > field.max) fail(`${w}: above max ${field.max}`);
      return;
    case 'date':
      if (!isValidDate(value)) return fail(`${w}: "${String(value)}" is not a YYYY-MM-DD date`);
      if (field.range === 'past' && value > TODAY) fail(`${w}: must not be in the future`);
      if (field.range === 'future' && value < TODAY) fail(`${w}: must not be in the past`);
      return;
    case 'select': {
      const allowed = new Set(field.options.map((o) => o.value));
      const values = field.multiple ? value : [value];
      if (!Array.isArray(values)) return fail(`${w}: multiple select expects an array`);
      if (!field.multiple && Array.isArray(value)) return fail(`${w}: single select expects one value`);
      for (const v of values) if (typeof v !== 'string' || !allowed.has(v)) fail(`${w}: "${String(v)}" is not an option`);
      return;
    }
    case 'checkbox':
      if (typeof value !== 'boolean') return fail(`${w}: expected a boolean`);
      if (field.mustBeChecked && value !== true) fail(`${w}: declaration must be checked`);
      return;
    case 'address': {
      if (typeof value !== 'object' || Array.isArray(value)) return fail(`${w}: expected an address object`);
      const a = value as Record<string, unknown>;
      for (const k of ['provinceCode', 'provinceName', 'communeName']) if (typeof a[k] !== 'string' || a[k] === '') fail(`${w}: address.${k} missing`);
      if (a.communeCode !== undefined && (typeof a.communeCode !== 'string' || a.communeCode.length > 10)) fail(`${w}: bad communeCode`);
      for (const k of Object.keys(a)) if (!['provinceCode', 'provinceName', 'communeCode', 'communeName', 'street'].includes(k)) fail(`${w}: unknown address key ${k}`);
      return;
    }
    case 'table': {
      if (!Array.isArray(value)) return fail(`${w}: expected an array of rows`);
      if (field.minRows !== undefined && value.length < field.minRows) fail(`${w}: fewer than ${field.minRows} rows`);
      if (field.maxRows !== undefined && value.length > field.maxRows) fail(`${w}: more than ${field.maxRows} rows`);
      value.forEach((row, i) => {
        if (typeof row !== 'object' || row === null) return fail(`${w}[${i}]: expected an object`);
        const r = row as Record<string, unknown>;
        const colKeys = new Set(field.columns.map((c) => c.key));
        for (const k of Object.keys(r)) if (!colKeys.has(k)) fail(`${w}[${i}]: unknown column ${k}`);
        for (const c of field.columns) checkValue(`${w}[${i}]`, c, r[c.key]);
      });
      return;
    }
  }
}

// ---------------------------------------------------------------------------
// Procedures
// ---------------------------------------------------------------------------
assert(procedures.length >= 40, `need ≥ 40 procedures, got ${procedures.length}`);
for (const d of dups(procedures.map((p) => p.code))) fail(`duplicate procedure code ${d}`);
for (const d of dups(procedures.map((p) => p.name))) fail(`duplicate procedure name ${d}`);
const communeCodes = byLevel('commune').map((a) => a.unitCode).sort();
const named = (name: string) => procedures.find((p) => p.name === name);
for (const name of ['Thủ tục thành lập, cho phép thành lập trường trung học phổ thông', 'Cấp giấy phép xây dựng', 'Đăng ký hộ kinh doanh', 'Đăng ký khai sinh']) {
  assert(named(name), `missing procedure "${name}"`);
}
for (const name of ['Đăng ký hộ kinh doanh', 'Đăng ký khai sinh']) {
  const p = named(name);
  if (p) assert(JSON.stringify([...(p.handlingAgencyUnitCodes ?? [])].sort()) === JSON.stringify(communeCodes), `"${name}" must be handled by every commune`);
}
assert(procedures.filter((p) => p.serviceLevel === 'info_only').length >= 4, 'need ≥ 4 info_only procedures');
const departmentsUsed = new Set(procedures.map((p) => p.agencyUnitCode).filter((c) => agencies.find((a) => a.unitCode === c)?.level === 'department'));
assert(departmentsUsed.size >= 10, `procedures must span ≥ 10 departments, got ${departmentsUsed.size}`);
assert(procedures.some((p) => agencies.find((a) => a.unitCode === p.agencyUnitCode)?.level === 'commune'), 'need commune-level procedures');

const kindUse = new Map<string, number>();
for (const p of procedures) {
  const w = `procedure ${p.code} "${p.name}"`;
  assert(/^[123]\.\d{6}\.H18$/.test(p.code), `${w}: code must look like 1.009994.H18`);
  assert(agencyCodes.has(p.agencyUnitCode), `${w}: agency ${p.agencyUnitCode} does not resolve`);
  for (const c of p.handlingAgencyUnitCodes ?? []) assert(agencyCodes.has(c), `${w}: handling agency ${c} does not resolve`);
  assert(fieldCodes.has(p.fieldCode), `${w}: field ${p.fieldCode} does not resolve`);
  assert(p.steps.length >= 3 && p.steps.length <= 7, `${w}: needs 3–7 steps`);
  p.steps.forEach((s, i) => assert(s.startsWith(`Bước ${i + 1}: `), `${w}: step ${i + 1} must start with "Bước ${i + 1}: "`));
  assert(p.components.length >= 2 && p.components.length <= 6, `${w}: needs 2–6 components`);
  for (const c of p.components) {
    assert(c.originals + c.copies >= 1, `${w}: component "${c.name}" has no originals or copies`);
    assert(c.acceptedTypes.length >= 1, `${w}: component "${c.name}" accepts no file type`);
    if (c.template) assert(/\.(docx|pdf)$/.test(c.template.fileName), `${w}: template ${c.template.fileName} must end .docx/.pdf`);
  }
  for (const tpl of p.templates) assert(/\.(docx|pdf)$/.test(tpl.fileName), `${w}: template ${tpl.fileName} must end .docx/.pdf`);
  assert(Number.isInteger(p.processingDays) && p.processingDays >= 0, `${w}: bad processingDays`);
  for (const f of p.fees) assert(Number.isInteger(f.amountVnd) && f.amountVnd >= 0, `${w}: bad fee ${f.label}`);
  assert(p.legalBasis.length >= 1, `${w}: no legal basis`);
  for (const l of p.legalBasis) if (l.issuedOn) assert(isValidDate(l.issuedOn), `${w}: legal basis ${l.number} bad date`);
  assert(Number.isInteger(p.usageCount) && p.usageCount >= 0, `${w}: bad usageCount`);
  assert(p.applicants && p.resultDescription && p.submissionChannels, `${w}: applicants/result/channels required`);

  const all = p.form.sections.flatMap((s) => s.fields);
  assert(p.form.sections.length >= 1, `${w}: form has no section`);
  assert(all.length >= 4 && all.length <= 12, `${w}: form must have 4–12 fields, has ${all.length}`);
  for (const d of dups(all.map((f) => f.key))) fail(`${w}: duplicate field key ${d}`);
  const kindsHere = new Set<string>();
  for (const f of all) {
    kindsHere.add(f.kind);
    assert(KEY_RE.test(f.key), `${w}: bad key ${f.key}`);
    assert(f.label.vi && f.label.en, `${w}: field ${f.key} needs vi and en labels`);
    if (f.kind === 'select') {
      assert(f.options.length >= 1, `${w}: select ${f.key} has no options`);
      for (const d of dups(f.options.map((o) => o.value))) fail(`${w}: select ${f.key} duplicate option ${d}`);
    }
    if (f.kind === 'text' && f.pattern) {
      try {
        new RegExp(f.pattern);
      } catch {
        fail(`${w}: field ${f.key} bad pattern`);
      }
    }
    if (f.kind === 'table') {
      assert(f.columns.length >= 1, `${w}: table ${f.key} has no column`);
      for (const d of dups(f.columns.map((c) => c.key))) fail(`${w}: table ${f.key} duplicate column ${d}`);
      for (const c of f.columns) {
        assert(['text', 'number', 'date', 'select'].includes(c.kind), `${w}: table ${f.key} column ${c.key} has kind ${c.kind}`);
        assert(KEY_RE.test(c.key), `${w}: table ${f.key} bad column key ${c.key}`);
        assert(c.label.vi && c.label.en, `${w}: table ${f.key} column ${c.key} needs vi and en labels`);
      }
    }
  }
  for (const k of kindsHere) kindUse.set(k, (kindUse.get(k) ?? 0) + 1);
  assert(all.some((f) => f.kind === 'checkbox' && f.mustBeChecked), `${w}: form needs a "cam đoan" declaration`);

  // sample data
  const keys = new Set(all.map((f) => f.key));
  for (const k of Object.keys(p.sampleFormData)) assert(keys.has(k), `${w}: sampleFormData has unknown key ${k}`);
  for (const f of all) checkValue(`${w} sample`, f, p.sampleFormData[f.key]);
}
for (const k of ALL_KINDS) assert((kindUse.get(k) ?? 0) >= 3, `field kind ${k} used in only ${kindUse.get(k) ?? 0} procedures (need ≥ 3)`);

// ---------------------------------------------------------------------------
// Legal documents: every number a procedure cites is a document, with the same facts
// ---------------------------------------------------------------------------
for (const d of dups(legalDocuments.map((l) => l.number))) fail(`duplicate legal document ${d}`);
const documentByNumber = new Map(legalDocuments.map((l) => [l.number, l]));
for (const l of legalDocuments) {
  const w = `legal document ${l.number}`;
  assert(isValidDate(l.issuedOn) && l.issuedOn <= TODAY, `${w}: bad issue date`);
  if (l.effectiveOn) assert(isValidDate(l.effectiveOn) && l.effectiveOn >= l.issuedOn, `${w}: bad entry into force`);
  if (l.fieldCode) assert(fieldCodes.has(l.fieldCode), `${w}: unknown field ${l.fieldCode}`);
  assert(l.summary.length >= 40, `${w}: summary too short`);
  assert(/^[\p{L}\p{N}][\p{L}\p{N}/.\-_]*$/u.test(l.number), `${w}: number has spaces or odd characters`);
}
for (const p of procedures) {
  for (const basis of p.legalBasis) {
    const document = documentByNumber.get(basis.number);
    if (!document) {
      fail(`procedure ${p.code}: legal basis ${basis.number} is not a legal document`);
      continue;
    }
    assert(document.title === basis.title, `procedure ${p.code}: ${basis.number} title differs from the legal document`);
    if (basis.issuer) assert(document.issuer === basis.issuer, `procedure ${p.code}: ${basis.number} issuer differs`);
    if (basis.issuedOn) assert(document.issuedOn === basis.issuedOn, `procedure ${p.code}: ${basis.number} date differs`);
  }
}

// ---------------------------------------------------------------------------
// Holidays
// ---------------------------------------------------------------------------
for (const d of dups(holidays.map((h) => h.date))) fail(`duplicate holiday ${d}`);
for (const h of holidays) {
  if (!isValidDate(h.date)) {
    fail(`holiday ${h.date}: bad date`);
    continue;
  }
  const year = Number(h.date.slice(0, 4));
  assert(year >= 2025 && year <= 2027, `holiday ${h.date}: outside 2025–2027`);
  const dow = new Date(`${h.date}T00:00:00Z`).getUTCDay();
  if (h.kind === 'holiday') assert(dow !== 0 && dow !== 6, `holiday ${h.date} (${h.name}) falls on a weekend`);
  else assert(dow === 0 || dow === 6, `makeup workday ${h.date} must be a weekend day`);
  assert(h.name.length > 0, `holiday ${h.date}: no name`);
}
for (const y of [2025, 2026, 2027]) {
  const n = holidays.filter((h) => h.kind === 'holiday' && h.date.startsWith(String(y))).length;
  assert(n >= 10, `year ${y}: only ${n} holidays`);
}

// ---------------------------------------------------------------------------
// Users
// ---------------------------------------------------------------------------
for (const d of dups(users.map((u) => u.username))) fail(`duplicate username ${d}`);
for (const d of dups(users.map((u) => u.email))) fail(`duplicate user e-mail ${d}`);
for (const u of users) {
  const w = `user ${u.username}`;
  assert(/^[a-z0-9]+$/.test(u.username), `${w}: username must be a-z0-9`);
  assert(/^0(3|5|7|8|9)[0-9]{8}$/.test(u.phone), `${w}: bad phone`);
  assert(/^[^@\s]+@(example\.com|dienbien\.gov\.vn)$/.test(u.email), `${w}: e-mail must be at example.com or dienbien.gov.vn`);
  if (u.agencyUnitCode) assert(agencyCodes.has(u.agencyUnitCode), `${w}: agency does not resolve`);
  if (u.kind === 'staff') assert(u.agencyUnitCode, `${w}: staff needs an agency`);
  if (u.dateOfBirth) assert(isValidDate(u.dateOfBirth), `${w}: bad date of birth`);
  if (u.idNumber) {
    assert(/^\d{12}$/.test(u.idNumber), `${w}: CCCD must have 12 digits`);
    if (u.gender && u.dateOfBirth) {
      const year = Number(u.dateOfBirth.slice(0, 4));
      const centuryDigit = (year >= 2000 ? 2 : 0) + (u.gender === 'female' ? 1 : 0);
      assert(u.idNumber[3] === String(centuryDigit) && u.idNumber.slice(4, 6) === String(year).slice(2), `${w}: CCCD gender/century/year digits do not match`);
    }
  }
}
const user = (n: string) => users.find((u) => u.username === n);
assert(user('congdan')?.idNumber?.startsWith('011'), 'congdan needs a CCCD starting with 011');
for (const [name, role] of [['congdan', 'citizen'], ['motcua', 'clerk'], ['lanhdao', 'leader'], ['chuyenvien', 'specialist'], ['quantri', 'system_admin'], ['quantrixd', 'agency_admin'], ['motcuaxa', 'clerk']] as const) {
  assert(user(name)?.roles.includes(role), `user ${name} with role ${role} missing`);
}

// ---------------------------------------------------------------------------
// Guides
// ---------------------------------------------------------------------------
for (const d of dups(guides.map((g) => `${g.locale}/${g.slug}`))) fail(`duplicate guide ${d}`);
assert(guides.some((g) => g.locale === 'vi') && guides.some((g) => g.locale === 'en'), 'need vi and en guides');

// ---------------------------------------------------------------------------
if (problems.length) {
  console.error(`✗ ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
const levels = ['province', 'department', 'service_center', 'commune', 'district'].map((l) => `${l} ${byLevel(l).length}`).join(', ');
const services = ['full_online', 'partial_online', 'info_only'].map((s) => `${s} ${procedures.filter((p) => p.serviceLevel === s).length}`).join(', ');
console.log(`✓ demo data OK
  agencies: ${agencies.length} (${levels})
  fields: ${fields.length}
  procedures: ${procedures.length} (${services}) over ${departmentsUsed.size} departments
  field kinds: ${ALL_KINDS.map((k) => `${k} ${kindUse.get(k) ?? 0}`).join(', ')}
  holidays: ${holidays.length}, users: ${users.length}, guides: ${guides.length}, legal documents: ${legalDocuments.length}`);
