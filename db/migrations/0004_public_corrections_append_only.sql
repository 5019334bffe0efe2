-- Printed corrections are part of the public record: SQLite itself refuses to change or remove one.
CREATE TRIGGER public_corrections_no_update BEFORE UPDATE ON public_corrections
BEGIN
  SELECT RAISE(ABORT, 'public_corrections is append-only: UPDATE refused');
END;
--> statement-breakpoint
CREATE TRIGGER public_corrections_no_delete BEFORE DELETE ON public_corrections
BEGIN
  SELECT RAISE(ABORT, 'public_corrections is append-only: DELETE refused');
END;
