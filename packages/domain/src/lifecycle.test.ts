import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { DomainError } from './errors.ts';
import {
  ACTION_LABELS,
  ACTOR_ROLES,
  ACTOR_ROLE_LABELS,
  CITIZEN_CATEGORY_LABELS,
  DOSSIER_ACTIONS,
  DOSSIER_STATUSES,
  DOSSIER_TRANSITIONS,
  STAFF_ROLES,
  STATUS_LABELS,
  ZDossierAction,
  ZDossierStatus,
  allowedActions,
  assertDeletable,
  assertEditable,
  assertTransition,
  canDelete,
  canEdit,
  isStaffRole,
  isTerminal,
  transition,
  type TActorRole,
  type TDossierAction,
  type TDossierStatus,
} from './lifecycle.ts';

const statusArb = fc.constantFrom(...DOSSIER_STATUSES);
const actionArb = fc.constantFrom(...DOSSIER_ACTIONS);
const roleArb = fc.constantFrom(...ACTOR_ROLES);

/**
 * The spec's table, written out independently of DOSSIER_TRANSITIONS so that a slip in
 * either shows up as a difference. Anything not listed must be refused.
 */
const EXPECTED: Array<[TDossierStatus, TDossierAction, TActorRole[], TDossierStatus]> = [
  ['unsent', 'submit', ['citizen', 'guest'], 'sent'],
  ['supplement-requested', 'submit-supplement', ['citizen'], 'sent'],
  ['sent', 'receive', ['clerk'], 'processing'],
  ['sent', 'request-supplement', ['clerk'], 'supplement-requested'],
  ['processing', 'request-supplement', ['clerk', 'leader', 'specialist'], 'supplement-requested'],
  ['sent', 'return', ['clerk'], 'returned'],
  ['processing', 'return', ['clerk', 'leader'], 'returned'],
  ['processing', 'transfer-records', ['clerk'], 'processing'],
  ['processing', 'register', ['clerk'], 'processing'],
  ['processing', 'forward', ['clerk', 'leader', 'specialist'], 'processing'],
  ['processing', 'apologize', ['clerk', 'leader'], 'processing'],
  ['processing', 'complete', ['leader', 'specialist', 'clerk'], 'result'],
  ['result', 'hand-over', ['clerk'], 'result'],
  ['result', 'rate', ['citizen'], 'result'],
];

const expectedRuleOf = (status: TDossierStatus, action: TDossierAction) =>
  EXPECTED.find(([s, a]) => s === status && a === action);

describe('transition: main paths', () => {
  it('a citizen submits, the clerk receives, a specialist completes, the clerk hands over, the citizen rates', () => {
    let status: TDossierStatus = 'unsent';
    status = assertTransition(status, 'submit', 'citizen');
    expect(status).toBe('sent');
    status = assertTransition(status, 'receive', 'clerk');
    expect(status).toBe('processing');
    status = assertTransition(status, 'forward', 'clerk');
    status = assertTransition(status, 'forward', 'leader');
    expect(status).toBe('processing');
    status = assertTransition(status, 'complete', 'specialist');
    expect(status).toBe('result');
    status = assertTransition(status, 'hand-over', 'clerk');
    status = assertTransition(status, 'rate', 'citizen');
    expect(status).toBe('result');
  });

  it('a guest may submit but cannot send a supplement (a supplement means a new dossier)', () => {
    expect(transition('unsent', 'submit', 'guest')).toEqual({ ok: true, to: 'sent' });
    expect(transition('supplement-requested', 'submit-supplement', 'guest')).toEqual({
      ok: false,
      error: 'DOSSIER_ROLE_NOT_ALLOWED',
    });
  });

  it('supplement round trip: requested from sent or processing, the citizen sends it back to sent', () => {
    expect(transition('sent', 'request-supplement', 'clerk')).toEqual({ ok: true, to: 'supplement-requested' });
    expect(transition('processing', 'request-supplement', 'specialist')).toEqual({
      ok: true,
      to: 'supplement-requested',
    });
    expect(transition('sent', 'request-supplement', 'specialist')).toEqual({ ok: false, error: 'DOSSIER_ROLE_NOT_ALLOWED' });
    expect(transition('supplement-requested', 'submit-supplement', 'citizen')).toEqual({ ok: true, to: 'sent' });
  });

  it('return: the clerk from sent; the clerk or leader from processing, never a specialist', () => {
    expect(transition('sent', 'return', 'clerk')).toEqual({ ok: true, to: 'returned' });
    expect(transition('sent', 'return', 'leader')).toEqual({ ok: false, error: 'DOSSIER_ROLE_NOT_ALLOWED' });
    expect(transition('processing', 'return', 'leader')).toEqual({ ok: true, to: 'returned' });
    expect(transition('processing', 'return', 'specialist')).toEqual({ ok: false, error: 'DOSSIER_ROLE_NOT_ALLOWED' });
  });

  it('checks the state before the role', () => {
    // A specialist may never submit, but in `sent` the action itself is the problem.
    expect(transition('sent', 'submit', 'specialist')).toEqual({ ok: false, error: 'DOSSIER_ACTION_NOT_ALLOWED' });
    expect(transition('unsent', 'submit', 'specialist')).toEqual({ ok: false, error: 'DOSSIER_ROLE_NOT_ALLOWED' });
    expect(transition('returned', 'rate', 'citizen')).toEqual({ ok: false, error: 'DOSSIER_ACTION_NOT_ALLOWED' });
  });

  it('administrators may not act on dossiers at all', () => {
    for (const status of DOSSIER_STATUSES) {
      expect(allowedActions(status, 'agency_admin')).toEqual([]);
      expect(allowedActions(status, 'system_admin')).toEqual([]);
    }
  });

  it('assertTransition throws a DomainError with the named code and context', () => {
    try {
      assertTransition('result', 'complete', 'leader');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('DOSSIER_ACTION_NOT_ALLOWED');
      expect((error as DomainError).status).toBe(409);
      expect((error as DomainError).details).toEqual({ status: 'result', action: 'complete', role: 'leader' });
    }
    expect(() => assertTransition('processing', 'complete', 'citizen')).toThrow(
      expect.objectContaining({ code: 'DOSSIER_ROLE_NOT_ALLOWED' }),
    );
  });

  it('allowedActions lists what the UI should offer', () => {
    expect(allowedActions('unsent', 'citizen')).toEqual(['submit']);
    expect(allowedActions('sent', 'clerk')).toEqual(['receive', 'request-supplement', 'return']);
    expect(allowedActions('processing', 'clerk')).toEqual([
      'request-supplement',
      'return',
      'transfer-records',
      'register',
      'forward',
      'apologize',
      'complete',
    ]);
    expect(allowedActions('processing', 'specialist')).toEqual(['request-supplement', 'forward', 'complete']);
    expect(allowedActions('processing', 'leader')).toEqual([
      'request-supplement',
      'return',
      'forward',
      'apologize',
      'complete',
    ]);
    expect(allowedActions('result', 'citizen')).toEqual(['rate']);
    expect(allowedActions('result', 'clerk')).toEqual(['hand-over']);
    expect(allowedActions('returned', 'clerk')).toEqual([]);
    expect(allowedActions('sent', 'citizen')).toEqual([]);
  });
});

describe('edit and delete rules', () => {
  it('edit only when unsent or supplement-requested; delete only when unsent', () => {
    expect(DOSSIER_STATUSES.filter(canEdit)).toEqual(['unsent', 'supplement-requested']);
    expect(DOSSIER_STATUSES.filter(canDelete)).toEqual(['unsent']);
    expect(DOSSIER_STATUSES.filter(isTerminal)).toEqual(['result', 'returned']);
  });

  it('assertEditable / assertDeletable throw the named codes', () => {
    expect(() => assertEditable('unsent')).not.toThrow();
    expect(() => assertEditable('supplement-requested')).not.toThrow();
    expect(() => assertEditable('sent')).toThrow(expect.objectContaining({ code: 'DOSSIER_NOT_EDITABLE' }));
    expect(() => assertDeletable('unsent')).not.toThrow();
    expect(() => assertDeletable('supplement-requested')).toThrow(
      expect.objectContaining({ code: 'DOSSIER_NOT_DELETABLE' }),
    );
  });
});

describe('transition: properties', () => {
  it('(a) no action moves a dossier out of a terminal state', () => {
    fc.assert(
      fc.property(statusArb, actionArb, roleArb, (status, action, role) => {
        fc.pre(isTerminal(status));
        const result = transition(status, action, role);
        if (result.ok) expect(result.to).toBe(status);
      }),
    );
  });

  it('(b) every result is ok with a target the table allows, or one of the two named errors', () => {
    fc.assert(
      fc.property(statusArb, actionArb, roleArb, (status, action, role) => {
        const result = transition(status, action, role);
        if (result.ok) {
          const targets = Object.values(DOSSIER_TRANSITIONS[status]).map((rule) => rule.to);
          expect(targets).toContain(result.to);
          expect(ZDossierStatus.safeParse(result.to).success).toBe(true);
        } else {
          expect(['DOSSIER_ACTION_NOT_ALLOWED', 'DOSSIER_ROLE_NOT_ALLOWED']).toContain(result.error);
        }
      }),
    );
  });

  it('(b) sequences of actions only ever visit statuses, and never leave a terminal state', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(actionArb, roleArb), { maxLength: 30 }), (steps) => {
        let status: TDossierStatus = 'unsent';
        let reachedTerminal: TDossierStatus | null = null;
        for (const [action, role] of steps) {
          const result = transition(status, action, role);
          if (result.ok) status = result.to;
          if (reachedTerminal) expect(status).toBe(reachedTerminal);
          if (isTerminal(status)) reachedTerminal = status;
        }
        expect(DOSSIER_STATUSES).toContain(status);
      }),
    );
  });

  it('(c) exhaustive: every state × action × role matches the spec table', () => {
    let combinations = 0;
    for (const status of DOSSIER_STATUSES) {
      for (const action of DOSSIER_ACTIONS) {
        for (const role of ACTOR_ROLES) {
          combinations++;
          const expected = expectedRuleOf(status, action);
          const result = transition(status, action, role);
          if (!expected) expect(result, `${status}/${action}/${role}`).toEqual({ ok: false, error: 'DOSSIER_ACTION_NOT_ALLOWED' });
          else if (!expected[2].includes(role))
            expect(result, `${status}/${action}/${role}`).toEqual({ ok: false, error: 'DOSSIER_ROLE_NOT_ALLOWED' });
          else expect(result, `${status}/${action}/${role}`).toEqual({ ok: true, to: expected[3] });
        }
      }
    }
    // 8 roles: `system` (an API client) is in no rule; it acts in a staff role (staff-dossiers/access.ts)
    expect(combinations).toBe(6 * 12 * 8);
  });

  it('(c) the table covers every state, uses only known actions, and every action is reachable somewhere', () => {
    expect(Object.keys(DOSSIER_TRANSITIONS).sort()).toEqual([...DOSSIER_STATUSES].sort());
    const actionsInTable = new Set<string>();
    for (const status of DOSSIER_STATUSES) {
      for (const [action, rule] of Object.entries(DOSSIER_TRANSITIONS[status])) {
        actionsInTable.add(action);
        // The API parses actions with ZDossierAction: the table must only use those names.
        expect(ZDossierAction.safeParse(action).success).toBe(true);
        expect(rule.roles.length).toBeGreaterThan(0);
        for (const role of rule.roles) expect(ACTOR_ROLES).toContain(role);
      }
    }
    expect([...actionsInTable].sort()).toEqual([...DOSSIER_ACTIONS].sort());
    expect(EXPECTED.length).toBe(
      DOSSIER_STATUSES.reduce((n, s) => n + Object.keys(DOSSIER_TRANSITIONS[s]).length, 0),
    );
  });
});

describe('roles and labels', () => {
  it('staff roles are the agency roles', () => {
    expect(STAFF_ROLES.every((role) => ACTOR_ROLES.includes(role))).toBe(true);
    expect(isStaffRole('clerk')).toBe(true);
    expect(isStaffRole('citizen')).toBe(false);
    expect(isStaffRole('guest')).toBe(false);
  });

  it('every status, action and role has a Vietnamese and an English label', () => {
    for (const table of [STATUS_LABELS, CITIZEN_CATEGORY_LABELS]) {
      expect(Object.keys(table).sort()).toEqual([...DOSSIER_STATUSES].sort());
    }
    expect(Object.keys(ACTION_LABELS).sort()).toEqual([...DOSSIER_ACTIONS].sort());
    expect(Object.keys(ACTOR_ROLE_LABELS).sort()).toEqual([...ACTOR_ROLES].sort());
    for (const label of [
      ...Object.values(STATUS_LABELS),
      ...Object.values(CITIZEN_CATEGORY_LABELS),
      ...Object.values(ACTION_LABELS),
      ...Object.values(ACTOR_ROLE_LABELS),
    ]) {
      expect(label.vi.length).toBeGreaterThan(0);
      expect(label.en.length).toBeGreaterThan(0);
    }
  });

  it('uses the portal’s Vietnamese wording', () => {
    expect(STATUS_LABELS.result.vi).toBe('Đã trả kết quả');
    expect(STATUS_LABELS.returned.vi).toBe('Bị trả lại');
    expect(ACTION_LABELS.submit.vi).toBe('Nộp hồ sơ trực tuyến');
    expect(ACTION_LABELS['submit-supplement'].vi).toBe('Gửi bổ sung hồ sơ');
    expect(ACTION_LABELS.receive.vi).toBe('Tiếp nhận hồ sơ');
    expect(ACTION_LABELS.register.vi).toBe('Vào sổ văn bản');
    expect(CITIZEN_CATEGORY_LABELS['supplement-requested'].vi).toBe('Hồ sơ yêu cầu bổ sung');
  });
});
