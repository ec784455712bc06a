import { PrismaPg } from '@prisma/adapter-pg';
import type { PrismaConfig } from 'prisma';
import { pgConfigFromUrl } from './src/pg-config.ts';

// The JS (WebAssembly) schema engine with a driver adapter: no engine download.
// DATABASE_URL is needed by every command that loads the adapter (migrate deploy, status,
// diff): the WebAssembly schema engine always connects once.
export default {
  experimental: { adapter: true },
  engine: 'js',
  schema: './schema.prisma',
  migrations: { path: './migrations' },
  async adapter() {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL is required for this Prisma command');
    return new PrismaPg(pgConfigFromUrl(url));
  },
} satisfies PrismaConfig;
