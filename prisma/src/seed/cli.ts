// `pnpm db:seed`: loads the demo province into the database at DATABASE_URL if it is empty.
import { createPrismaClient } from '../client.ts';
import { seedDemoIfEmpty } from './index.ts';

const url = process.env.DATABASE_URL;
if (!url) {
  process.stderr.write('DATABASE_URL is required\n');
  process.exit(1);
}
const prisma = createPrismaClient(url, { maxConnections: 1 });
try {
  const summary = await seedDemoIfEmpty(prisma);
  process.stdout.write(summary ? `Seeded: ${JSON.stringify(summary)}\n` : 'The database already has data: nothing seeded.\n');
} finally {
  await prisma.$disconnect();
}
