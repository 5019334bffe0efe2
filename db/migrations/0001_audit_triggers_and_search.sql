-- The audit log is append-only: SQLite itself refuses to change or remove an event.
CREATE TRIGGER review_events_no_update BEFORE UPDATE ON review_events
BEGIN
  SELECT RAISE(ABORT, 'review_events is append-only: UPDATE refused');
END;
--> statement-breakpoint
CREATE TRIGGER review_events_no_delete BEFORE DELETE ON review_events
BEGIN
  SELECT RAISE(ABORT, 'review_events is append-only: DELETE refused');
END;
--> statement-breakpoint
-- Full-text search over quoted text, speaker name and review note. rowid = claims.id.
CREATE VIRTUAL TABLE claim_search USING fts5(quote, speaker, note, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER claim_search_on_review_insert AFTER INSERT ON reviews
BEGIN
  INSERT INTO claim_search(rowid, quote, speaker, note)
  SELECT c.id, c.quote, coalesce(s.name, ''), NEW.note
  FROM claims c LEFT JOIN speakers s ON s.id = c.speaker_id
  WHERE c.id = NEW.claim_id;
END;
--> statement-breakpoint
CREATE TRIGGER claim_search_on_review_note AFTER UPDATE OF note ON reviews
BEGIN
  UPDATE claim_search SET note = NEW.note WHERE rowid = NEW.claim_id;
END;
--> statement-breakpoint
CREATE TRIGGER claim_search_on_claim_change AFTER UPDATE OF quote, speaker_id ON claims
BEGIN
  UPDATE claim_search
  SET quote = NEW.quote,
      speaker = coalesce((SELECT name FROM speakers WHERE id = NEW.speaker_id), '')
  WHERE rowid = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER claim_search_on_speaker_rename AFTER UPDATE OF name ON speakers
BEGIN
  UPDATE claim_search SET speaker = NEW.name
  WHERE rowid IN (SELECT id FROM claims WHERE speaker_id = NEW.id);
END;
