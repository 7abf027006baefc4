-- 003: review states of inspections and HQ's decisions on recommendations (issue 6).
-- `decisions` from 001 was a placeholder nothing wrote to (the review API is its
-- only writer, added here); it is rebuilt in its real shape. The guard makes sure
-- the rebuild can never drop a decision.

ALTER TABLE inspections
  ADD COLUMN review_status text NOT NULL DEFAULT 'received'
    CHECK (review_status IN ('received', 'under_review', 'decided', 'reopened'));
CREATE INDEX inspections_review_status ON inspections (review_status, received_at DESC, id DESC);

DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM decisions) THEN
    RAISE EXCEPTION 'migration 003 rebuilds the decisions table, but it holds rows';
  END IF;
END;
$$;
DROP TABLE decisions;

-- One row per decision ever recorded; a replaced one is kept, marked superseded.
-- Released = signed and pullable by the device that sent the inspection.
CREATE TABLE decisions (
  id             uuid PRIMARY KEY,
  inspection_id  text NOT NULL REFERENCES inspections (id),
  finding_id     text NOT NULL,
  device_id      uuid NOT NULL REFERENCES devices (id),   -- the inspection's device: who pulls it
  outcome        text NOT NULL CHECK (outcome IN ('approve', 'change', 'reject')),
  changed_to     text CHECK (changed_to IN ('praise', 'commendation', 'reminder', 'review', 'reassignment', 'replacement', 'disciplinary_review')),
  reason         text NOT NULL CHECK (char_length(reason) BETWEEN 5 AND 2000),
  decided_by     uuid NOT NULL REFERENCES hq_users (id),
  decided_at     timestamptz NOT NULL,
  needs_approval boolean NOT NULL,
  approved_by    uuid REFERENCES hq_users (id),
  approved_at    timestamptz,
  released_at    timestamptz,
  signed         jsonb,                                   -- the signed decision as devices get it: { decision, signature }
  signature      text,                                    -- base64url Ed25519 by HQ's signing key (also inside `signed`)
  superseded_at  timestamptz,
  superseded_by  uuid REFERENCES decisions (id) DEFERRABLE INITIALLY DEFERRED,  -- set just before its successor is inserted
  FOREIGN KEY (inspection_id, finding_id) REFERENCES findings (inspection_id, id),
  CHECK ((outcome = 'change') = (changed_to IS NOT NULL)),
  CHECK ((approved_by IS NULL) = (approved_at IS NULL)),
  CHECK (approved_by IS NULL OR (needs_approval AND approved_by <> decided_by)),
  CHECK ((released_at IS NULL) = (signed IS NULL) AND (signed IS NULL) = (signature IS NULL)),
  CHECK (released_at IS NULL OR NOT needs_approval OR approved_at IS NOT NULL),
  CHECK ((superseded_at IS NULL) = (superseded_by IS NULL))
);
-- At most one current decision per finding.
CREATE UNIQUE INDEX decisions_current ON decisions (inspection_id, finding_id) WHERE superseded_at IS NULL;
-- The device pull: its released, current decisions.
CREATE INDEX decisions_device ON decisions (device_id, released_at) WHERE released_at IS NOT NULL AND superseded_at IS NULL;
