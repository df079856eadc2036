-- CreateEnum
CREATE TYPE "AidReviewState" AS ENUM ('unreviewed', 'confirmed', 'corrected', 'rejected');

-- CreateTable
CREATE TABLE "AidFigure" (
    "mentionId" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "mentionKey" TEXT NOT NULL,
    "amount" DECIMAL(24,4) NOT NULL,
    "amountHigh" DECIMAL(24,4),
    "currency" TEXT NOT NULL,
    "isAid" BOOLEAN NOT NULL,
    "aidType" TEXT,
    "donor" TEXT,
    "recipient" TEXT,
    "status" TEXT NOT NULL,
    "cumulative" BOOLEAN NOT NULL,
    "equivalentOf" INTEGER,
    "reviewNeeded" BOOLEAN NOT NULL,
    "reviewState" "AidReviewState" NOT NULL DEFAULT 'unreviewed',
    "reviewVersion" INTEGER NOT NULL DEFAULT 0,
    "reviewOutdated" BOOLEAN NOT NULL DEFAULT false,
    "role" TEXT NOT NULL,
    "figureDate" DATE,
    "dateBasis" TEXT,
    "conversion" TEXT NOT NULL,
    "usdValue" DECIMAL(24,2),
    "eurValue" DECIMAL(24,2),
    "usdValueHigh" DECIMAL(24,2),
    "eurValueHigh" DECIMAL(24,2),
    "rateCurrency" TEXT,
    "ratePerEur" DECIMAL(18,6),
    "rateDate" DATE,
    "usdPerEur" DECIMAL(18,6),
    "usdRateDate" DATE,
    "rateSource" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AidFigure_pkey" PRIMARY KEY ("mentionId")
);

-- CreateTable
CREATE TABLE "AidFigureReview" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "mentionKey" TEXT NOT NULL,
    "state" "AidReviewState" NOT NULL,
    "basis" JSONB,
    "fields" JSONB,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AidFigureReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "currency" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "perEur" DECIMAL(18,6) NOT NULL,
    "source" TEXT NOT NULL,
    "importId" TEXT,

    CONSTRAINT "ExchangeRate_pkey" PRIMARY KEY ("currency","date")
);

-- CreateTable
CREATE TABLE "RateImport" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "days" INTEGER NOT NULL,
    "values" INTEGER NOT NULL,
    "currencies" TEXT[],
    "from" DATE NOT NULL,
    "to" DATE NOT NULL,
    "importedById" TEXT,
    "actorLabel" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "figuresUpdated" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AidFigure_role_figureDate_idx" ON "AidFigure"("role", "figureDate");

-- CreateIndex
CREATE INDEX "AidFigure_reviewState_reviewNeeded_figureDate_idx" ON "AidFigure"("reviewState", "reviewNeeded", "figureDate" DESC);

-- CreateIndex
CREATE INDEX "AidFigure_currency_conversion_idx" ON "AidFigure"("currency", "conversion");

-- CreateIndex
CREATE UNIQUE INDEX "AidFigure_articleId_mentionKey_key" ON "AidFigure"("articleId", "mentionKey");

-- CreateIndex
CREATE INDEX "AidFigureReview_reviewedById_reviewedAt_idx" ON "AidFigureReview"("reviewedById", "reviewedAt");

-- CreateIndex
CREATE UNIQUE INDEX "AidFigureReview_articleId_mentionKey_key" ON "AidFigureReview"("articleId", "mentionKey");

-- CreateIndex
CREATE INDEX "ExchangeRate_date_idx" ON "ExchangeRate"("date");

-- CreateIndex
CREATE INDEX "RateImport_at_idx" ON "RateImport"("at" DESC);

-- AddForeignKey
ALTER TABLE "AidFigure" ADD CONSTRAINT "AidFigure_mentionId_fkey" FOREIGN KEY ("mentionId") REFERENCES "MoneyMention"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AidFigure" ADD CONSTRAINT "AidFigure_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AidFigureReview" ADD CONSTRAINT "AidFigureReview_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AidFigureReview" ADD CONSTRAINT "AidFigureReview_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeRate" ADD CONSTRAINT "ExchangeRate_importId_fkey" FOREIGN KEY ("importId") REFERENCES "RateImport"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RateImport" ADD CONSTRAINT "RateImport_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
