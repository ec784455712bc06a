-- A citizen's list across every status (Hồ sơ cá nhân without a category), newest
-- first with keyset pages: `(owner_id, status, updated_at)` cannot serve it without a sort
-- (bench/dossiers: 228 ms cold for a citizen with 1,000 dossiers among 1,000,000).
-- CreateIndex
CREATE INDEX "dossier_owner_id_updated_at_id_idx" ON "dossier"("owner_id", "updated_at" DESC, "id" DESC);
