import type { Prisma, TPrismaClient } from '@portal/db';
import type { Db } from '../auth/repository.ts';
import { accountSelect } from './account.ts';

/** The signed-in account's own data: the only Prisma calls of the me feature. */
export function createMeRepository(prisma: TPrismaClient) {
  return {
    findAccount: (userId: string, db: Db = prisma) =>
      db.user.findUniqueOrThrow({ where: { id: userId }, select: accountSelect(new Date()) }),

    findCredentials: (userId: string) =>
      prisma.user.findUniqueOrThrow({
        where: { id: userId },
        select: { id: true, username: true, email: true, fullName: true, locale: true, passwordHash: true },
      }),

    findProfile: (userId: string) =>
      prisma.user.findUniqueOrThrow({
        where: { id: userId },
        select: { fullName: true, gender: true, dateOfBirth: true, idNumber: true, address: true, phone: true },
      }),

    updateProfile: (userId: string, data: Prisma.UserUpdateInput) => prisma.user.update({ where: { id: userId }, data, select: { id: true } }),

    emailInUse: async (email: string, db: Db = prisma) => (await db.user.count({ where: { email } })) > 0,

    setEmail: (userId: string, email: string, db: Db) =>
      db.user.update({ where: { id: userId }, data: { email, emailVerifiedAt: new Date() }, select: { id: true } }),

    setPassword: (userId: string, passwordHash: string) =>
      prisma.user.update({ where: { id: userId }, data: { passwordHash, passwordChangedAt: new Date() }, select: { id: true } }),
  };
}

export type MeRepository = ReturnType<typeof createMeRepository>;
