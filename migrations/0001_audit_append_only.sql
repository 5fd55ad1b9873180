-- The audit log is append-only. Retention and erasure jobs (later) may set
-- `varde.audit_maintenance = 'on'` inside their own transaction to prune it.
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger AS $$
BEGIN
  IF coalesce(current_setting('varde.audit_maintenance', true), '') = 'on' THEN
    RETURN coalesce(OLD, NEW);
  END IF;
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only
  BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
