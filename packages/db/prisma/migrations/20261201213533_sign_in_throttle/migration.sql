-- DropTable
DROP TABLE "sign_in_failure";

-- CreateTable
CREATE TABLE "sign_in_throttle" (
    "key" TEXT NOT NULL,
    "window_started_at" TIMESTAMPTZ(3) NOT NULL,
    "attempts" INTEGER NOT NULL,

    CONSTRAINT "sign_in_throttle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "sign_in_known_address" (
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "last_signed_in_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sign_in_known_address_pkey" PRIMARY KEY ("email","ip")
);
