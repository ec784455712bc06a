-- AlterTable
ALTER TABLE "question" ADD COLUMN     "asker_locale" TEXT NOT NULL DEFAULT 'vi',
ADD COLUMN     "rejection_reason" TEXT;

-- CreateIndex
CREATE INDEX "question_status_answered_at_id_idx" ON "question"("status", "answered_at" DESC, "id" DESC);


-- Public Q&A search (apps/api/src/features/questions/repository.ts): keywords with or
-- without diacritics match title, question and answer as a substring, served by trigrams.
-- Not in schema.prisma: Prisma cannot express it. The query repeats this exact expression.
CREATE INDEX "question_published_search_trgm_idx" ON "question"
  USING gin ((search_normalize("title" || ' ' || "body" || ' ' || coalesce("answer", ''))) gin_trgm_ops)
  WHERE "status" = 'published';
