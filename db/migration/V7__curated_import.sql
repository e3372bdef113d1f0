-- What the bundled curated data looked like at its last import, so a start with unchanged files and
-- an unchanged store skips the import (parsing and validating every file took most of a second).

CREATE TABLE curated_import (
    id            INT PRIMARY KEY,
    fingerprint   VARCHAR(64) NOT NULL,
    revision      BIGINT      NOT NULL,
    imported_at   TIMESTAMP   NOT NULL
);
