-- CreateTable
CREATE TABLE "login_throttle" (
    "user_id" UUID NOT NULL,
    "address" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "login_throttle_pkey" PRIMARY KEY ("user_id","address")
);

-- CreateTable
CREATE TABLE "captcha_solution" (
    "nonce" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "captcha_solution_pkey" PRIMARY KEY ("nonce")
);

-- CreateIndex
CREATE INDEX "login_throttle_updated_at_idx" ON "login_throttle"("updated_at");

-- CreateIndex
CREATE INDEX "captcha_solution_expires_at_idx" ON "captcha_solution"("expires_at");

-- AddForeignKey
ALTER TABLE "login_throttle" ADD CONSTRAINT "login_throttle_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

