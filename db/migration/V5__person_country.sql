-- The government or side a person or institution speaks for (armenia, azerbaijan, russia,
-- united-states, european-union, international, ...), so answers can group speakers by side.
ALTER TABLE person ADD COLUMN country VARCHAR(40);
CREATE INDEX person_by_country ON person(country);
