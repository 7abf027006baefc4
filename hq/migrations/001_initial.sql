-- 001: enrollment, devices, uploaded parts, bundles and what HQ reads out of them,
-- published pull documents, and the decisions devices pull back.
-- Ids that come from devices (inspection, finding, evidence) are text: HQ stores
-- what the signed record says; bundle and device ids are issued as UUIDs.

CREATE TABLE devices (
  id             uuid PRIMARY KEY,
  public_key     text NOT NULL UNIQUE,           -- raw Ed25519, base64url
  inspector_name text NOT NULL,
  device_name    text,
  app_version    text,
  token_hash     text NOT NULL UNIQUE,           -- sha256 hex of the bearer token; the token is never stored
  enrolled_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at   timestamptz,
  revoked_at     timestamptz
);

CREATE TABLE enrollment_codes (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code_hash      text NOT NULL UNIQUE,           -- sha256 hex of the normalised code
  inspector_name text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  expires_at     timestamptz NOT NULL,
  used_at        timestamptz,
  device_id      uuid REFERENCES devices (id),
  CHECK ((used_at IS NULL) = (device_id IS NULL))
);

-- Parts uploaded before their bundle is accepted; swept after 7 days.
CREATE TABLE staged_parts (
  sha256      text PRIMARY KEY,                  -- of the ciphertext
  size        integer NOT NULL,
  data        bytea NOT NULL,
  device_id   uuid NOT NULL REFERENCES devices (id),
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX staged_parts_received_at ON staged_parts (received_at);

CREATE TABLE bundles (
  id              uuid PRIMARY KEY,
  manifest        jsonb NOT NULL,
  manifest_bytes  bytea NOT NULL,                -- the exact signed bytes, so the signature can be checked again later
  manifest_sha256 text NOT NULL,
  signature       text NOT NULL,                 -- base64url Ed25519 by the device key
  device_id       uuid NOT NULL REFERENCES devices (id),
  kind            text NOT NULL CHECK (kind IN ('inspection', 'addendum')),
  inspection_id   text NOT NULL,
  addendum_number integer,
  source          text NOT NULL CHECK (source IN ('http', 'import')),
  received_at     timestamptz NOT NULL DEFAULT now(),
  receipt         jsonb NOT NULL,                -- the signed receipt, answered again on re-upload
  CHECK ((kind = 'addendum') = (addendum_number IS NOT NULL))
);
-- One inspection bundle per inspection, one bundle per addendum number: a second, different one is a conflict.
CREATE UNIQUE INDEX bundles_one_inspection ON bundles (inspection_id) WHERE kind = 'inspection';
CREATE UNIQUE INDEX bundles_one_addendum ON bundles (inspection_id, addendum_number) WHERE kind = 'addendum';
CREATE INDEX bundles_device ON bundles (device_id, received_at);

-- Ciphertext, kept encrypted at rest; only the HQ X25519 key opens it.
CREATE TABLE bundle_parts (
  bundle_id uuid NOT NULL REFERENCES bundles (id),
  sha256    text NOT NULL,
  role      text NOT NULL CHECK (role IN ('payload', 'evidence')),
  size      integer NOT NULL,
  data      bytea NOT NULL,
  PRIMARY KEY (bundle_id, sha256)
);
CREATE INDEX bundle_parts_sha256 ON bundle_parts (sha256);

CREATE TABLE inspections (
  id               text PRIMARY KEY,
  bundle_id        uuid NOT NULL UNIQUE REFERENCES bundles (id),
  office_code      text NOT NULL,
  template_id      text NOT NULL,
  template_version integer NOT NULL,
  device_id        uuid NOT NULL REFERENCES devices (id),
  sealed_at        timestamptz NOT NULL,
  record_hash      text NOT NULL,
  record           jsonb NOT NULL,
  received_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inspections_office ON inspections (office_code, sealed_at);
CREATE INDEX inspections_device ON inspections (device_id);

-- Keyed within their inspection: the ids are the device's, HQ does not vouch they are global.
CREATE TABLE findings (
  inspection_id  text NOT NULL REFERENCES inspections (id),
  id             text NOT NULL,
  official_id    text,                           -- null when the subject is the office
  kind           text NOT NULL CHECK (kind IN ('commendable', 'violation')),
  severity       text NOT NULL,
  recommendation jsonb NOT NULL,                 -- { effective, proposal, override }
  record         jsonb NOT NULL,
  PRIMARY KEY (inspection_id, id)
);
CREATE INDEX findings_official ON findings (official_id) WHERE official_id IS NOT NULL;

CREATE TABLE evidence (
  inspection_id text NOT NULL REFERENCES inspections (id),
  id            text NOT NULL,
  finding_id    text,
  sha256        text NOT NULL,                   -- of the plain file
  part_sha256   text NOT NULL,                   -- of its ciphertext part in bundle_parts
  media_type    text NOT NULL,
  size          bigint NOT NULL,
  PRIMARY KEY (inspection_id, id)
);
CREATE INDEX evidence_part ON evidence (part_sha256);

CREATE TABLE addenda (
  inspection_id text NOT NULL REFERENCES inspections (id),
  number        integer NOT NULL CHECK (number > 0),
  bundle_id     uuid NOT NULL UNIQUE REFERENCES bundles (id),
  record        jsonb NOT NULL,
  received_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (inspection_id, number)
);

-- Documents devices pull (templates, roster); the newest row of a kind is current.
CREATE TABLE published (
  kind         text NOT NULL CHECK (kind IN ('templates', 'roster')),
  version      text NOT NULL,
  body         jsonb NOT NULL,
  etag         text NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, version)
);
CREATE INDEX published_current ON published (kind, published_at DESC);

-- Written by the review API (issue 6); devices pull the ones for inspections they sent.
CREATE TABLE decisions (
  id            uuid PRIMARY KEY,
  inspection_id text NOT NULL REFERENCES inspections (id),
  finding_id    text NOT NULL,
  outcome       text NOT NULL CHECK (outcome IN ('approve', 'modify', 'reject')),
  recommendation text,                           -- the recommendation kind decided, for 'modify'
  decided_by    text NOT NULL,
  reason        text NOT NULL,
  decided_at    timestamptz NOT NULL DEFAULT now(),
  device_id     uuid NOT NULL REFERENCES devices (id),
  FOREIGN KEY (inspection_id, finding_id) REFERENCES findings (inspection_id, id)
);
CREATE INDEX decisions_device ON decisions (device_id, decided_at);
