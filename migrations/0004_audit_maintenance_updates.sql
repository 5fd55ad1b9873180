-- A maintenance transaction (withdrawal, retention) may rewrite audit rows: the function returned
-- OLD for UPDATE too, which silently kept the old row. Return NEW for an update, OLD for a delete.
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger AS $$
BEGIN
  IF coalesce(current_setting('varde.audit_maintenance', true), '') = 'on' THEN
    IF TG_OP = 'DELETE' THEN
      RETURN OLD;
    END IF;
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$ LANGUAGE plpgsql;
