-- Issue 14: machine clients, the integration event feed, webhooks and idempotency records.

-- CreateEnum
CREATE TYPE "api_client_status" AS ENUM ('active', 'revoked');

-- CreateEnum
CREATE TYPE "webhook_subscription_status" AS ENUM ('active', 'disabled');

-- CreateEnum
CREATE TYPE "webhook_delivery_status" AS ENUM ('pending', 'delivered', 'failed');

-- CreateEnum
CREATE TYPE "idempotency_state" AS ENUM ('running', 'completed');

-- AlterEnum
ALTER TYPE "submission_channel" ADD VALUE 'integration';

-- AlterTable
ALTER TABLE "dossier" ADD COLUMN     "submitted_by_client_id" UUID;

-- AlterTable
ALTER TABLE "dossier_history_event" ADD COLUMN     "actor_client_id" UUID;

-- AlterTable
ALTER TABLE "audit_event" ADD COLUMN     "actor_client_id" UUID;

-- CreateTable
CREATE TABLE "api_client" (
    "id" UUID NOT NULL,
    "client_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "agency_id" UUID,
    "scopes" TEXT[],
    "rate_limit_per_minute" INTEGER NOT NULL DEFAULT 600,
    "status" "api_client_status" NOT NULL DEFAULT 'active',
    "created_by_id" UUID,
    "last_used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "revision" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "api_client_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_client_secret" (
    "id" UUID NOT NULL,
    "api_client_id" UUID NOT NULL,
    "secret_hash" TEXT NOT NULL,
    "hint" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_client_secret_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "integration_event" (
    "id" BIGSERIAL NOT NULL,
    "tx_id" BIGINT NOT NULL DEFAULT (pg_current_xact_id())::text::bigint,
    "type" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "agency_id" UUID,
    "subject_type" TEXT NOT NULL,
    "subject_id" UUID NOT NULL,
    "data" JSONB NOT NULL,

    CONSTRAINT "integration_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_subscription" (
    "id" UUID NOT NULL,
    "api_client_id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "description" TEXT,
    "event_types" TEXT[],
    "secret" TEXT NOT NULL,
    "status" "webhook_subscription_status" NOT NULL DEFAULT 'active',
    "disabled_reason" TEXT,
    "disabled_at" TIMESTAMPTZ(3),
    "failing_since" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "webhook_subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_delivery" (
    "id" UUID NOT NULL,
    "subscription_id" UUID NOT NULL,
    "event_id" BIGINT,
    "message_id" TEXT NOT NULL,
    "event_type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "webhook_delivery_status" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_attempt_at" TIMESTAMPTZ(3),
    "last_status_code" INTEGER,
    "last_error" TEXT,
    "last_duration_ms" INTEGER,
    "delivered_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_dispatch_cursor" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "last_tx_id" BIGINT NOT NULL DEFAULT 0,
    "last_event_id" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "webhook_dispatch_cursor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "idempotency_record" (
    "id" UUID NOT NULL,
    "caller_key" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "state" "idempotency_state" NOT NULL DEFAULT 'running',
    "response_status" INTEGER,
    "response_headers" JSONB,
    "response_body" BYTEA,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "idempotency_record_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "api_client_client_id_key" ON "api_client"("client_id");

-- CreateIndex
CREATE INDEX "api_client_agency_id_idx" ON "api_client"("agency_id");

-- CreateIndex
CREATE INDEX "api_client_secret_api_client_id_idx" ON "api_client_secret"("api_client_id");

-- CreateIndex
CREATE INDEX "integration_event_tx_id_id_idx" ON "integration_event"("tx_id", "id");

-- CreateIndex
CREATE INDEX "integration_event_agency_id_tx_id_id_idx" ON "integration_event"("agency_id", "tx_id", "id");

-- CreateIndex
CREATE INDEX "integration_event_subject_type_subject_id_id_idx" ON "integration_event"("subject_type", "subject_id", "id");

-- CreateIndex
CREATE INDEX "webhook_subscription_api_client_id_idx" ON "webhook_subscription"("api_client_id");

-- CreateIndex
CREATE UNIQUE INDEX "webhook_delivery_message_id_key" ON "webhook_delivery"("message_id");

-- CreateIndex
CREATE INDEX "webhook_delivery_status_next_attempt_at_idx" ON "webhook_delivery"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "webhook_delivery_subscription_id_created_at_idx" ON "webhook_delivery"("subscription_id", "created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "webhook_delivery_subscription_id_event_id_key" ON "webhook_delivery"("subscription_id", "event_id");

-- CreateIndex
CREATE INDEX "idempotency_record_expires_at_idx" ON "idempotency_record"("expires_at");

-- CreateIndex
CREATE UNIQUE INDEX "idempotency_record_caller_key_key_key" ON "idempotency_record"("caller_key", "key");

-- CreateIndex
CREATE INDEX "dossier_updated_at_id_idx" ON "dossier"("updated_at", "id");

-- CreateIndex
CREATE INDEX "audit_event_actor_client_id_id_idx" ON "audit_event"("actor_client_id", "id");

-- AddForeignKey
ALTER TABLE "dossier" ADD CONSTRAINT "dossier_submitted_by_client_id_fkey" FOREIGN KEY ("submitted_by_client_id") REFERENCES "api_client"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier_history_event" ADD CONSTRAINT "dossier_history_event_actor_client_id_fkey" FOREIGN KEY ("actor_client_id") REFERENCES "api_client"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_client" ADD CONSTRAINT "api_client_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_client_secret" ADD CONSTRAINT "api_client_secret_api_client_id_fkey" FOREIGN KEY ("api_client_id") REFERENCES "api_client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_subscription" ADD CONSTRAINT "webhook_subscription_api_client_id_fkey" FOREIGN KEY ("api_client_id") REFERENCES "api_client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_delivery" ADD CONSTRAINT "webhook_delivery_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "webhook_subscription"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- The dispatcher's single cursor row
INSERT INTO "webhook_dispatch_cursor" ("id") VALUES (1);
