import { describe, expect, it } from 'vitest';
import { translateDomainMessage } from './messages-en.ts';
import {
  STAFF_ACTION_TYPES,
  STAFF_DOSSIER_MESSAGES,
  STAFF_INBOX_VIEWS,
  ZStaffActionRequest,
  ZStaffDossierListQuery,
  ZStaffInboxCounts,
  defaultStaffSortOrder,
} from './staff-dossiers.ts';
import { DOSSIER_ACTIONS, DOSSIER_TRANSITIONS } from './lifecycle.ts';
import { fieldErrorsOf } from './errors.ts';

const errorsOf = (input: unknown) => {
  const result = ZStaffActionRequest.safeParse(input);
  return result.success ? {} : fieldErrorsOf(result.error);
};

describe('staff dossier contract', () => {
  it('reads the list query of the contract paths (status, overdue, assignedTo=me) with defaults', () => {
    expect(ZStaffDossierListQuery.parse({ status: 'processing', overdue: 'true', assignedTo: 'me' })).toEqual({
      status: 'processing',
      overdue: true,
      assignedTo: 'me',
      sort: 'due',
      limit: 20,
    });
    expect(ZStaffDossierListQuery.parse({ overdue: 'false', view: 'due-soon', limit: '50', q: '  Quàng  ' })).toMatchObject({
      overdue: false,
      view: 'due-soon',
      limit: 50,
      q: 'Quàng',
    });
    expect(ZStaffDossierListQuery.safeParse({ status: 'unsent' }).success).toBe(false);
    expect(ZStaffDossierListQuery.safeParse({ view: 'archive' }).success).toBe(false);
    expect(ZStaffDossierListQuery.safeParse({ assignedTo: 'someone' }).success).toBe(false);
    expect(ZStaffDossierListQuery.safeParse({ limit: '500' }).success).toBe(false);
  });

  it('orders the longest-waiting first by default, the last change first for updated', () => {
    expect([defaultStaffSortOrder('due'), defaultStaffSortOrder('sent'), defaultStaffSortOrder('updated')]).toEqual(['asc', 'asc', 'desc']);
  });

  it('has a count for every view and nothing else', () => {
    const counts = Object.fromEntries(STAFF_INBOX_VIEWS.map((view, index) => [view, index]));
    expect(ZStaffInboxCounts.parse(counts)).toEqual(counts);
    expect(ZStaffInboxCounts.safeParse({ ...counts, overdue: undefined }).success).toBe(false);
  });

  it('covers exactly the staff actions of the lifecycle table', () => {
    const staffActions = new Set<string>();
    for (const rules of Object.values(DOSSIER_TRANSITIONS)) {
      for (const [action, rule] of Object.entries(rules)) {
        if ((rule as { roles: readonly string[] }).roles.some((role) => ['clerk', 'leader', 'specialist'].includes(role))) staffActions.add(action);
      }
    }
    expect([...STAFF_ACTION_TYPES].sort()).toEqual([...staffActions].sort());
    expect(STAFF_ACTION_TYPES.every((type) => (DOSSIER_ACTIONS as readonly string[]).includes(type))).toBe(true);
  });

  it('requires every action to carry the version it was decided on', () => {
    expect(errorsOf({ type: 'receive' })).toHaveProperty('version');
    expect(ZStaffActionRequest.parse({ type: 'receive', version: 3 })).toEqual({ type: 'receive', version: 3 });
    expect(errorsOf({ type: 'archive', version: 1 })).toHaveProperty('type');
  });

  it('requires the complete supplement list, the return reason and the forward receiver, in Vietnamese', () => {
    expect(errorsOf({ type: 'request-supplement', version: 1, note: '   ' })).toEqual({ note: STAFF_DOSSIER_MESSAGES.supplementNote });
    expect(errorsOf({ type: 'return', version: 1 })).toEqual({ reason: STAFF_DOSSIER_MESSAGES.returnReason });
    expect(errorsOf({ type: 'forward', version: 1 })).toEqual({ toUserId: STAFF_DOSSIER_MESSAGES.toUser });
    expect(errorsOf({ type: 'return', version: 1, reason: 'x'.repeat(2001) })).toEqual({ reason: STAFF_DOSSIER_MESSAGES.noteTooLong });
    expect(ZStaffActionRequest.parse({ type: 'request-supplement', version: 2, note: ' Thiếu bản vẽ ', missingComponentIds: ['0190f3c4-0000-7000-8000-000000000001'] })).toEqual({
      type: 'request-supplement',
      version: 2,
      note: 'Thiếu bản vẽ',
      missingComponentIds: ['0190f3c4-0000-7000-8000-000000000001'],
    });
  });

  it('accepts an apology only with a future due date and its text', () => {
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const past = new Date(Date.now() - 60_000).toISOString();
    expect(errorsOf({ type: 'apologize', version: 1, newDueAt: future, apology: 'Xin lỗi vì sự chậm trễ' })).toEqual({});
    expect(errorsOf({ type: 'apologize', version: 1, newDueAt: past, apology: 'Xin lỗi' })).toEqual({ newDueAt: STAFF_DOSSIER_MESSAGES.newDueAtPast });
    expect(errorsOf({ type: 'apologize', version: 1, newDueAt: 'tomorrow', apology: 'Xin lỗi' })).toEqual({ newDueAt: STAFF_DOSSIER_MESSAGES.newDueAt });
    expect(errorsOf({ type: 'apologize', version: 1, newDueAt: future })).toEqual({ apology: STAFF_DOSSIER_MESSAGES.apology });
  });

  it('has an English translation for every message', () => {
    for (const message of Object.values(STAFF_DOSSIER_MESSAGES)) expect(translateDomainMessage(message, 'en')).not.toBe(message);
  });
});
