-- 002: HQ staff (issue 6): users with a role, cookie sessions, and the audit log
-- of who signed in, listed and viewed (decisions join it in a later slice).

CREATE TABLE hq_users (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username      text NOT NULL UNIQUE CHECK (username = lower(username) AND username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
  display_name  text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
  role          text NOT NULL CHECK (role IN ('reviewer', 'approver', 'admin')),
  password_hash text NOT NULL CHECK (password_hash LIKE 'scrypt$%'),  -- scrypt$N$r$p$saltB64$hashB64
  created_at    timestamptz NOT NULL DEFAULT now(),
  disabled_at   timestamptz
);

CREATE TABLE hq_sessions (
  id           text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{64}$'),  -- sha256 hex of the cookie token; the token is never stored
  user_id      uuid NOT NULL REFERENCES hq_users (id),
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  revoked_at   timestamptz
);
CREATE INDEX hq_sessions_user ON hq_sessions (user_id) WHERE revoked_at IS NULL;

-- Append-only: who did what, when. Rows hold ids and codes, never record contents.
CREATE TABLE hq_audit (
  id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at      timestamptz NOT NULL DEFAULT now(),
  user_id uuid REFERENCES hq_users (id),
  action  text NOT NULL CHECK (action ~ '^[a-z_]+\.[a-z_]+$'),
  target  text,
  detail  jsonb
);
CREATE INDEX hq_audit_user ON hq_audit (user_id, at);
CREATE INDEX hq_audit_target ON hq_audit (target, at) WHERE target IS NOT NULL;

-- The code never updates or deletes audit rows; the database refuses it too, so a bug cannot rewrite history.
CREATE FUNCTION hq_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'hq_audit is append-only';
END;
$$;
CREATE TRIGGER hq_audit_append_only BEFORE UPDATE OR DELETE ON hq_audit
  FOR EACH STATEMENT EXECUTE FUNCTION hq_audit_append_only();

-- The inbox lists by arrival, newest first, with keyset pagination on (received_at, id).
CREATE INDEX inspections_received ON inspections (received_at DESC, id DESC);
