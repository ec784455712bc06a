-- AlterTable
ALTER TABLE "dossier" ADD COLUMN     "guest_locale" TEXT,
ADD COLUMN     "guest_token_hash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "dossier_guest_token_hash_key" ON "dossier"("guest_token_hash");

