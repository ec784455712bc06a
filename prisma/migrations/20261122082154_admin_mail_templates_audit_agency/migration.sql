-- AlterTable
ALTER TABLE "audit_event" ADD COLUMN     "agency_id" UUID;

-- CreateTable
CREATE TABLE "mail_template_override" (
    "template" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_by_id" UUID,

    CONSTRAINT "mail_template_override_pkey" PRIMARY KEY ("template","locale")
);

-- CreateIndex
CREATE INDEX "audit_event_agency_id_at_idx" ON "audit_event"("agency_id", "at" DESC);

