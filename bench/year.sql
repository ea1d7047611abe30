-- A realistic year of history for the summary benchmark: 365 days of desk work, each with
-- about 40 spans and 300 events (prompts, snoozes, breaks, exercises, stretches, heartbeats of
-- posture changes). Times are in :start (a Unix time at local midnight, a year ago).
WITH RECURSIVE
  day(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM day WHERE n < 364),
  slot(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM slot WHERE i < 39)
INSERT INTO spans (activity, start, seconds)
SELECT CASE
         WHEN i = 0 THEN 'away'
         WHEN i % 4 = 1 THEN 'sitting'
         WHEN i % 4 = 2 THEN 'moving'
         WHEN i % 4 = 3 THEN 'standing'
         ELSE 'sitting' END,
       :start + n * 86400 + CASE WHEN i = 0 THEN 0 ELSE 8 * 3600 + (i - 1) * 720 END,
       CASE WHEN i = 0 THEN 8 * 3600 ELSE 720 END
FROM day, slot;

WITH RECURSIVE
  day(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM day WHERE n < 364),
  slot(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM slot WHERE i < 299)
INSERT INTO events (at, kind, posture, seconds, name, result, sides)
SELECT :start + n * 86400 + 8 * 3600 + i * 90,
       CASE i % 12
         WHEN 0 THEN 'due' WHEN 1 THEN 'snooze' WHEN 2 THEN 'break_start'
         WHEN 3 THEN 'exercise' WHEN 4 THEN 'exercise' WHEN 5 THEN 'exercise'
         WHEN 6 THEN 'break_end' WHEN 7 THEN 'stretch_end' WHEN 8 THEN 'posture'
         WHEN 9 THEN 'skip' WHEN 10 THEN 'pause' ELSE 'resume' END,
       CASE WHEN i % 2 = 0 THEN 'sitting' ELSE 'standing' END,
       CASE i % 12 WHEN 7 THEN 1800 + (i * 37) % 2400 WHEN 6 THEN 120 ELSE 40 END,
       CASE i % 12 WHEN 3 THEN 'cat-cow' WHEN 4 THEN 'walk' WHEN 5 THEN 'standing-hamstring-stretch' ELSE NULL END,
       CASE i % 12 WHEN 3 THEN 'done' WHEN 4 THEN 'partial' WHEN 5 THEN 'done' WHEN 6 THEN 'completed'
                   WHEN 7 THEN CASE WHEN (i * 37) % 2400 > 900 THEN 'long' ELSE NULL END ELSE NULL END,
       CASE i % 12 WHEN 5 THEN 'left,right' ELSE NULL END
FROM day, slot;

-- The per-day counts limber keeps as it writes (see Schema.swift), filled the same way.
DELETE FROM day_counts;
INSERT INTO day_counts (day, kind, posture, name, result, count, max_seconds)
SELECT date(at, 'unixepoch', 'localtime'), kind, coalesce(posture, ''), coalesce(name, ''),
       coalesce(result, ''), count(*), max(coalesce(seconds, 0))
FROM events GROUP BY 1, 2, 3, 4, 5;
