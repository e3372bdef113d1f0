-- Optional Russian and Armenian versions of event titles and topic names (db/curated: title_ru,
-- title_hy, name_ru, name_hy). NULL where a curator gave none: the English one is shown instead.
ALTER TABLE event ADD COLUMN title_ru VARCHAR(500);
ALTER TABLE event ADD COLUMN title_hy VARCHAR(500);
ALTER TABLE topic ADD COLUMN name_ru VARCHAR(300);
ALTER TABLE topic ADD COLUMN name_hy VARCHAR(300);

-- The last import's fingerprint says nothing about these columns: the next start imports again and fills them.
DELETE FROM curated_import;
