-- One row counting imports that changed the store, so other processes (notifications, search)
-- can poll a single number to notice new curated data.

CREATE TABLE store_revision (
    id          INT PRIMARY KEY,
    revision    BIGINT    NOT NULL,
    updated_at  TIMESTAMP
);

INSERT INTO store_revision (id, revision, updated_at) VALUES (1, 0, NULL);
