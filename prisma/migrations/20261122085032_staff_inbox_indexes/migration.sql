-- The staff inbox (apps/api/src/features/staff-dossiers/list.ts).

-- CreateIndex: the inbox ordered by sending time (sort=sent) and its keyset pages
CREATE INDEX "dossier_agency_id_submitted_at_id_idx" ON "dossier"("agency_id", "submitted_at", "id");

-- Search by applicant name with or without diacritics (search_normalize, catalogue_search):
-- a substring match served by trigrams. Not in schema.prisma: Prisma cannot express it.
CREATE INDEX "dossier_applicant_name_trgm_idx" ON "dossier" USING gin (search_normalize("applicant_name") gin_trgm_ops);
