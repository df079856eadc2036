-- Prisma does not model statistics targets: a hand-written migration (no drift: the schema diff ignores it).
-- The search terms per article (~930 CJK bigrams and words) crowd the default 1,000 most common elements down to
-- terms in 10 % of articles or more, so every rarer term is estimated at half that floor: at 100,000 articles
-- 选举 (in 9 %) was estimated at 500 rows. The planner then collected every match with the GIN index and sorted
-- them, where walking the date index would have stopped after a few hundred rows. 10,000 elements reach down
-- to terms in ~1.4 % of articles. ANALYZE takes longer (300,000 sampled rows).
ALTER TABLE "Article" ALTER COLUMN "searchVector" SET STATISTICS 1000;
