-- Indexes in the exact order the lists are read, so H2 reads a page off the index instead of sorting
-- every matching row (which at 100x the curated size cost milliseconds per answer).

-- /timeline lists events oldest first; H2 cannot read event_by_date backwards.
CREATE INDEX event_by_date_oldest_first ON event(event_date, id);

-- A person's quotes, newest first with the id as tie-break (quote_by_person lacks the id).
CREATE INDEX quote_by_person_newest_first ON quote(person_id, quote_date DESC, id DESC);
