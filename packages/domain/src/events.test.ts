import { describe, expect, it } from 'vitest';
import { DOSSIER_ACTIONS } from './lifecycle.ts';
import { DOSSIER_ACTION_EVENTS, DOSSIER_EVENT_TYPES, INTEGRATION_EVENT_TYPES, ZEventListQuery, ZIntegrationEvent, dossierEventTypeOf } from './events.ts';

describe('integration events', () => {
  it('maps every history action to one dossier event type or, on purpose, to none', () => {
    expect(Object.keys(DOSSIER_ACTION_EVENTS).sort()).toEqual([...DOSSIER_ACTIONS].sort());
    const mapped = DOSSIER_ACTIONS.map(dossierEventTypeOf).filter((type) => type !== null);
    // Each dossier type stands for exactly one action
    expect(new Set(mapped).size).toBe(mapped.length);
    expect([...mapped].sort()).toEqual([...DOSSIER_EVENT_TYPES].sort());
    expect(DOSSIER_ACTIONS.filter((action) => dossierEventTypeOf(action) === null)).toEqual(['transfer-records', 'register']);
    for (const type of DOSSIER_EVENT_TYPES) expect(INTEGRATION_EVENT_TYPES).toContain(type);
  });

  it('reads types as a comma list of known types', () => {
    expect(ZEventListQuery.parse({ types: 'dossier.received, dossier.result,dossier.received', limit: '5' })).toEqual({
      types: ['dossier.received', 'dossier.result'],
      limit: 5,
    });
    expect(ZEventListQuery.parse({})).toEqual({ limit: 100 });
    expect(ZEventListQuery.safeParse({ types: 'dossier.received,nope' }).success).toBe(false);
    expect(ZEventListQuery.safeParse({ limit: '501' }).success).toBe(false);
  });

  it('types an event by its type (dossier, procedure, question)', () => {
    const base = { id: '1', occurredAt: '2026-01-02T03:04:05.678Z', agencyId: null };
    const question = {
      ...base,
      type: 'question.answered',
      subject: { type: 'question', id: '0190f3c4-0000-7000-8000-000000000001' },
      data: { id: '0190f3c4-0000-7000-8000-000000000001', published: true, agencyId: null, fieldId: null, procedureId: null, answeredAt: base.occurredAt },
    };
    expect(ZIntegrationEvent.parse(question)).toEqual(question);
    expect(ZIntegrationEvent.safeParse({ ...question, type: 'dossier.received' }).success).toBe(false);
  });
});
