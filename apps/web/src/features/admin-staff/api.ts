import {
  ZInvitationAccepted,
  ZStaffMember,
  ZStaffPage,
  type TInvitationAccept,
  type TStaffInvite,
  type TStaffRole,
  type TStaffStatus,
  type TStaffUpdate,
} from '@portal/domain';
import { apiGet, apiSend } from '../../lib/api-client.ts';

const BASE = '/api/v1/admin/staff';
const one = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export interface StaffListParams {
  limit?: number;
  cursor?: string;
  agencyId?: string;
  q?: string;
  status?: TStaffStatus;
  role?: TStaffRole;
}

export const listStaff = (query: StaffListParams, signal?: AbortSignal) => apiGet(BASE, ZStaffPage, { query: { ...query }, signal });
export const inviteStaff = (body: TStaffInvite) => apiSend('POST', BASE, body, ZStaffMember);
export const updateStaff = (id: string, body: TStaffUpdate) => apiSend('PATCH', one(id), body, ZStaffMember);
export const resendInvitation = (id: string) => apiSend('POST', `${one(id)}/invitation`, {}, ZStaffMember);
export const setStaffDisabled = (id: string, disabled: boolean) => apiSend('POST', `${one(id)}/${disabled ? 'disable' : 'enable'}`, {}, ZStaffMember);
export const acceptInvitation = (body: TInvitationAccept) => apiSend('POST', '/api/v1/staff/invitations/accept', body, ZInvitationAccepted);
