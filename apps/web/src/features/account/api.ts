import {
  ZAccepted,
  ZAccount,
  ZEmailChangeResult,
  type TChangePasswordRequest,
  type TEmailChangeRequest,
  type TProfileUpdate,
} from '@portal/domain';
import { z } from 'zod';
import { apiSend } from '../../lib/api-client.ts';

export const updateProfile = (body: TProfileUpdate) => apiSend('PATCH', '/api/v1/me', body, ZAccount);

export const changePassword = (body: TChangePasswordRequest) => apiSend('POST', '/api/v1/me/password', body, z.unknown());

export const requestEmailChange = (body: TEmailChangeRequest) => apiSend('POST', '/api/v1/me/email', body, ZAccepted);

export const confirmEmailChange = (token: string) => apiSend('POST', '/api/v1/me/email/confirm', { token }, ZEmailChangeResult);
