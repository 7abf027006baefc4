-- 004: what the insight queries (issue 6: inbox filters, office and official
-- profiles, dashboard) read, as indexed columns instead of jsonb paths, and
-- monthly aggregates for the dashboard. Columns are facts of the sealed record,
-- written at ingest (hq/record-rows.ts) and backfilled here; the aggregates are
-- kept by triggers, so every writer (ingest, import, decisions) keeps them
-- exact in its own transaction. Proof of speed: tests/bench/hq-queries.bench.e2e.ts.

-- Facts of the record, per inspection: the office as the record names it, and
-- per-finding facts rolled up so the inbox filters and counts read one row.
ALTER TABLE inspections
  ADD COLUMN province             text,                            -- record.office.province
  ADD COLUMN office_name          text,                            -- record.office.name
  ADD COLUMN findings_count       integer NOT NULL DEFAULT 0,
  ADD COLUMN adverse_count        integer NOT NULL DEFAULT 0,      -- violation findings
  ADD COLUMN severities           text[]  NOT NULL DEFAULT '{}',   -- distinct severities of its findings
  ADD COLUMN recommendation_kinds text[]  NOT NULL DEFAULT '{}',   -- distinct effective recommendations of its findings
  ADD COLUMN first_released_at    timestamptz;                     -- its first released decision (trigger below)

ALTER TABLE findings
  ADD COLUMN recommendation_kind text,                             -- effective: the override's kind if overridden, else the proposal's
  ADD COLUMN citations           text[] NOT NULL DEFAULT '{}',     -- distinct citation keys
  ADD COLUMN official_name       text;                             -- record.officials[id].fullName: the roster as it was on the day

-- Effective recommendation, as record-rows.ts computes it (shared/domain/finding-record.ts effectiveRecommendation).
UPDATE findings SET recommendation_kind = recommendation->>'effective';

UPDATE findings f SET
  citations = COALESCE((SELECT array_agg(DISTINCT c ORDER BY c) FROM jsonb_array_elements_text(
                CASE WHEN jsonb_typeof(f.record->'citations') = 'array' THEN f.record->'citations' ELSE '[]'::jsonb END) AS c), '{}'),
  official_name = (SELECT o->>'fullName' FROM inspections i,
                     jsonb_array_elements(CASE WHEN jsonb_typeof(i.record->'officials') = 'array' THEN i.record->'officials' ELSE '[]'::jsonb END) AS o
                   WHERE i.id = f.inspection_id AND f.official_id IS NOT NULL AND o->>'id' = f.official_id LIMIT 1);

UPDATE inspections i SET
  province = CASE WHEN jsonb_typeof(i.record->'office'->'province') = 'string' THEN i.record->'office'->>'province' END,
  office_name = CASE WHEN jsonb_typeof(i.record->'office'->'name') = 'string' THEN i.record->'office'->>'name' END,
  findings_count = s.findings, adverse_count = s.adverse, severities = s.severities, recommendation_kinds = s.kinds
FROM (SELECT i2.id,
             count(f.id)::int AS findings,
             (count(f.id) FILTER (WHERE f.kind = 'violation'))::int AS adverse,
             COALESCE(array_agg(DISTINCT f.severity ORDER BY f.severity) FILTER (WHERE f.id IS NOT NULL), '{}') AS severities,
             COALESCE(array_agg(DISTINCT f.recommendation_kind ORDER BY f.recommendation_kind) FILTER (WHERE f.recommendation_kind IS NOT NULL), '{}') AS kinds
      FROM inspections i2 LEFT JOIN findings f ON f.inspection_id = i2.id GROUP BY i2.id) s
WHERE s.id = i.id;

-- Inbox: each filter reads an index in arrival order (keyset on received_at, id), so a page stops after `limit` rows.
CREATE INDEX inspections_office_received   ON inspections (office_code, received_at DESC, id DESC);
CREATE INDEX inspections_province_received ON inspections (province, received_at DESC, id DESC);
CREATE INDEX inspections_sealed            ON inspections (sealed_at);
-- A rare severity or recommendation is found through these instead of walking the arrival order.
CREATE INDEX inspections_severities        ON inspections USING gin (severities);
CREATE INDEX inspections_recommendations   ON inspections USING gin (recommendation_kinds);
-- Office profile: its inspections newest first (replaces 001's (office_code, sealed_at)).
CREATE INDEX inspections_office_sealed     ON inspections (office_code, sealed_at DESC, id DESC);
DROP INDEX inspections_office;
-- Official profile: 001's findings_official (official_id) serves the timeline.
-- "Decided" counts of profiles and the dashboard's ragged ends: current, released decisions by inspection.
CREATE INDEX decisions_released ON decisions (inspection_id, finding_id) WHERE superseded_at IS NULL AND released_at IS NOT NULL;

-- Vietnam has kept UTC+7 without daylight saving since 1975: its days and months are a fixed offset from UTC.
CREATE FUNCTION hq_vn_bucket(grain text, instant timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE grain WHEN 'month' THEN date_trunc('month', timezone('UTC', instant) + interval '7 hours')::date
                    ELSE (timezone('UTC', instant) + interval '7 hours')::date END;
-- Whole days elapsed (never negative: a device clock may run ahead of HQ's).
CREATE FUNCTION hq_whole_days(since timestamptz, till timestamptz) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN greatest(0, floor(extract(epoch FROM till - since) / 86400))::integer;

-- Dashboard aggregates by day and by month of sealing (Vietnam time: `bucket` is the day, or the month's first
-- day) and province ('' when the record names none). A period reads whole months, then whole days at its
-- ends, then rows for what is left of a day (hq/staff/dashboard.ts). Changed only by the triggers below, which
-- add to both grains in the writer's transaction, or rebuilt whole by hq_stats_rebuild().
CREATE TABLE stats_office (
  grain       text    NOT NULL CHECK (grain IN ('month', 'day')),
  bucket      date    NOT NULL,
  office_code text    NOT NULL,
  province    text    NOT NULL,
  inspections integer NOT NULL,
  findings    integer NOT NULL,
  commendable integer NOT NULL,
  adverse     integer NOT NULL,
  PRIMARY KEY (grain, bucket, office_code, province)
);
CREATE TABLE stats_citation (
  grain    text    NOT NULL CHECK (grain IN ('month', 'day')),
  bucket   date    NOT NULL,
  province text    NOT NULL,
  citation text    NOT NULL,
  findings integer NOT NULL,
  PRIMARY KEY (grain, bucket, province, citation)
);
CREATE TABLE stats_recommendation (
  grain    text    NOT NULL CHECK (grain IN ('month', 'day')),
  bucket   date    NOT NULL,
  province text    NOT NULL,
  kind     text    NOT NULL,
  findings integer NOT NULL,
  PRIMARY KEY (grain, bucket, province, kind)
);
-- Current (not superseded), released decisions by outcome.
CREATE TABLE stats_outcome (
  grain     text    NOT NULL CHECK (grain IN ('month', 'day')),
  bucket    date    NOT NULL,
  province  text    NOT NULL,
  outcome   text    NOT NULL,
  decisions integer NOT NULL,
  PRIMARY KEY (grain, bucket, province, outcome)
);
-- Inspections by whole days from sealing to their first released decision.
CREATE TABLE stats_decision_days (
  grain       text    NOT NULL CHECK (grain IN ('month', 'day')),
  bucket      date    NOT NULL,
  province    text    NOT NULL,
  days        integer NOT NULL,
  inspections integer NOT NULL,
  PRIMARY KEY (grain, bucket, province, days)
);

-- Statement-level triggers with transition tables: one aggregated upsert per statement, however many rows.
-- Rows are upserted in key order, so two writers lock shared rows in the same order.
CREATE FUNCTION hq_stats_inspections_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO stats_office AS s (grain, bucket, office_code, province, inspections, findings, commendable, adverse)
  SELECT g.grain, hq_vn_bucket(g.grain, n.sealed_at), n.office_code, COALESCE(n.province, ''),
         count(*), sum(n.findings_count), sum(n.findings_count - n.adverse_count), sum(n.adverse_count)
  FROM new_rows n CROSS JOIN (VALUES ('month'), ('day')) AS g(grain)
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (grain, bucket, office_code, province) DO UPDATE SET
    inspections = s.inspections + excluded.inspections, findings = s.findings + excluded.findings,
    commendable = s.commendable + excluded.commendable, adverse = s.adverse + excluded.adverse;
  RETURN NULL;
END;
$$;
CREATE TRIGGER stats_inspections_inserted AFTER INSERT ON inspections
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION hq_stats_inspections_inserted();

-- Findings are inserted after their inspection (foreign key), in the same statement at ingest; they are never updated.
CREATE FUNCTION hq_stats_findings_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO stats_citation AS s (grain, bucket, province, citation, findings)
  SELECT g.grain, hq_vn_bucket(g.grain, i.sealed_at), COALESCE(i.province, ''), c.citation, count(*)
  FROM new_rows f JOIN inspections i ON i.id = f.inspection_id CROSS JOIN unnest(f.citations) AS c(citation)
       CROSS JOIN (VALUES ('month'), ('day')) AS g(grain)
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (grain, bucket, province, citation) DO UPDATE SET findings = s.findings + excluded.findings;
  INSERT INTO stats_recommendation AS s (grain, bucket, province, kind, findings)
  SELECT g.grain, hq_vn_bucket(g.grain, i.sealed_at), COALESCE(i.province, ''), f.recommendation_kind, count(*)
  FROM new_rows f JOIN inspections i ON i.id = f.inspection_id CROSS JOIN (VALUES ('month'), ('day')) AS g(grain)
  WHERE f.recommendation_kind IS NOT NULL
  GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT (grain, bucket, province, kind) DO UPDATE SET findings = s.findings + excluded.findings;
  RETURN NULL;
END;
$$;
CREATE TRIGGER stats_findings_inserted AFTER INSERT ON findings
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION hq_stats_findings_inserted();

-- Counts a decision once it is released and while it is current; superseding it uncounts it. Also records the
-- inspection's first release (never moved afterwards) and files it in the days-to-decision histogram.
CREATE FUNCTION hq_stats_decisions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO stats_outcome AS s (grain, bucket, province, outcome, decisions)
    SELECT g.grain, hq_vn_bucket(g.grain, i.sealed_at), COALESCE(i.province, ''), d.outcome, count(*)
    FROM new_rows d JOIN inspections i ON i.id = d.inspection_id CROSS JOIN (VALUES ('month'), ('day')) AS g(grain)
    WHERE d.released_at IS NOT NULL AND d.superseded_at IS NULL
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (grain, bucket, province, outcome) DO UPDATE SET decisions = s.decisions + excluded.decisions;
    WITH released AS (SELECT inspection_id, min(released_at) AS at FROM new_rows WHERE released_at IS NOT NULL GROUP BY inspection_id),
    first AS (UPDATE inspections i SET first_released_at = r.at FROM released r
              WHERE i.id = r.inspection_id AND i.first_released_at IS NULL
              RETURNING i.sealed_at, i.province, i.first_released_at)
    INSERT INTO stats_decision_days AS s (grain, bucket, province, days, inspections)
    SELECT g.grain, hq_vn_bucket(g.grain, f.sealed_at), COALESCE(f.province, ''), hq_whole_days(f.sealed_at, f.first_released_at), count(*)
    FROM first f CROSS JOIN (VALUES ('month'), ('day')) AS g(grain)
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (grain, bucket, province, days) DO UPDATE SET inspections = s.inspections + excluded.inspections;
  ELSE
    INSERT INTO stats_outcome AS s (grain, bucket, province, outcome, decisions)
    SELECT g.grain, hq_vn_bucket(g.grain, i.sealed_at), COALESCE(i.province, ''), d.outcome, sum(d.n)
    FROM (SELECT inspection_id, outcome, 1 AS n FROM new_rows WHERE released_at IS NOT NULL AND superseded_at IS NULL
          UNION ALL
          SELECT inspection_id, outcome, -1 FROM old_rows WHERE released_at IS NOT NULL AND superseded_at IS NULL) d
    JOIN inspections i ON i.id = d.inspection_id CROSS JOIN (VALUES ('month'), ('day')) AS g(grain)
    GROUP BY 1, 2, 3, 4 HAVING sum(d.n) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (grain, bucket, province, outcome) DO UPDATE SET decisions = s.decisions + excluded.decisions;
    WITH released AS (SELECT n.inspection_id, min(n.released_at) AS at FROM new_rows n JOIN old_rows o ON o.id = n.id
                      WHERE n.released_at IS NOT NULL AND o.released_at IS NULL GROUP BY n.inspection_id),
    first AS (UPDATE inspections i SET first_released_at = r.at FROM released r
              WHERE i.id = r.inspection_id AND i.first_released_at IS NULL
              RETURNING i.sealed_at, i.province, i.first_released_at)
    INSERT INTO stats_decision_days AS s (grain, bucket, province, days, inspections)
    SELECT g.grain, hq_vn_bucket(g.grain, f.sealed_at), COALESCE(f.province, ''), hq_whole_days(f.sealed_at, f.first_released_at), count(*)
    FROM first f CROSS JOIN (VALUES ('month'), ('day')) AS g(grain)
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (grain, bucket, province, days) DO UPDATE SET inspections = s.inspections + excluded.inspections;
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER stats_decisions_inserted AFTER INSERT ON decisions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION hq_stats_decisions_changed();
CREATE TRIGGER stats_decisions_updated AFTER UPDATE ON decisions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION hq_stats_decisions_changed();

-- Recomputes every aggregate (and first_released_at) from the rows: the backfill below, bulk loads, and the
-- consistency test, which checks the triggers' running totals equal it.
CREATE FUNCTION hq_stats_rebuild() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE stats_office, stats_citation, stats_recommendation, stats_outcome, stats_decision_days;
  UPDATE inspections i SET first_released_at = r.at
  FROM (SELECT inspection_id, min(released_at) AS at FROM decisions WHERE released_at IS NOT NULL GROUP BY inspection_id) r
  WHERE i.id = r.inspection_id AND i.first_released_at IS DISTINCT FROM r.at;
  INSERT INTO stats_office (grain, bucket, office_code, province, inspections, findings, commendable, adverse)
  SELECT g.grain, hq_vn_bucket(g.grain, sealed_at), office_code, COALESCE(province, ''), count(*), sum(findings_count), sum(findings_count - adverse_count), sum(adverse_count)
  FROM inspections CROSS JOIN (VALUES ('month'), ('day')) AS g(grain) GROUP BY 1, 2, 3, 4;
  INSERT INTO stats_citation (grain, bucket, province, citation, findings)
  SELECT g.grain, hq_vn_bucket(g.grain, i.sealed_at), COALESCE(i.province, ''), c.citation, count(*)
  FROM findings f JOIN inspections i ON i.id = f.inspection_id CROSS JOIN unnest(f.citations) AS c(citation)
       CROSS JOIN (VALUES ('month'), ('day')) AS g(grain) GROUP BY 1, 2, 3, 4;
  INSERT INTO stats_recommendation (grain, bucket, province, kind, findings)
  SELECT g.grain, hq_vn_bucket(g.grain, i.sealed_at), COALESCE(i.province, ''), f.recommendation_kind, count(*)
  FROM findings f JOIN inspections i ON i.id = f.inspection_id CROSS JOIN (VALUES ('month'), ('day')) AS g(grain)
  WHERE f.recommendation_kind IS NOT NULL GROUP BY 1, 2, 3, 4;
  INSERT INTO stats_outcome (grain, bucket, province, outcome, decisions)
  SELECT g.grain, hq_vn_bucket(g.grain, i.sealed_at), COALESCE(i.province, ''), d.outcome, count(*)
  FROM decisions d JOIN inspections i ON i.id = d.inspection_id CROSS JOIN (VALUES ('month'), ('day')) AS g(grain)
  WHERE d.released_at IS NOT NULL AND d.superseded_at IS NULL GROUP BY 1, 2, 3, 4;
  INSERT INTO stats_decision_days (grain, bucket, province, days, inspections)
  SELECT g.grain, hq_vn_bucket(g.grain, sealed_at), COALESCE(province, ''), hq_whole_days(sealed_at, first_released_at), count(*)
  FROM inspections CROSS JOIN (VALUES ('month'), ('day')) AS g(grain) WHERE first_released_at IS NOT NULL GROUP BY 1, 2, 3, 4;
END;
$$;

SELECT hq_stats_rebuild();
