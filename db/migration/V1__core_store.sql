-- The curated store: people, topics, places, events, quotes and the links between them.
-- Dates keep their precision: a month-precision date is stored as the first of that month.

CREATE TABLE person (
    id          VARCHAR(100) PRIMARY KEY,
    name        VARCHAR(300) NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    role        VARCHAR(500)
);

CREATE TABLE person_alias (
    person_id   VARCHAR(100) NOT NULL REFERENCES person(id) ON DELETE CASCADE,
    alias       VARCHAR(300) NOT NULL,
    PRIMARY KEY (person_id, alias)
);
CREATE INDEX person_alias_by_alias ON person_alias(alias);

CREATE TABLE topic (
    id          VARCHAR(100) PRIMARY KEY,
    name        VARCHAR(300) NOT NULL,
    command     VARCHAR(32)  UNIQUE,
    main        BOOLEAN      NOT NULL DEFAULT FALSE,
    background  VARCHAR(2000)
);

CREATE TABLE topic_alias (
    topic_id    VARCHAR(100) NOT NULL REFERENCES topic(id) ON DELETE CASCADE,
    alias       VARCHAR(300) NOT NULL,
    PRIMARY KEY (topic_id, alias)
);
CREATE INDEX topic_alias_by_alias ON topic_alias(alias);

CREATE TABLE place (
    id          VARCHAR(100) PRIMARY KEY,
    name        VARCHAR(300) NOT NULL
);

CREATE TABLE place_name (
    place_id    VARCHAR(100) NOT NULL REFERENCES place(id) ON DELETE CASCADE,
    name        VARCHAR(300) NOT NULL,
    usage       VARCHAR(300),
    PRIMARY KEY (place_id, name)
);

CREATE TABLE event (
    id              VARCHAR(200) PRIMARY KEY,
    event_date      DATE          NOT NULL,
    date_precision  VARCHAR(5)    NOT NULL CHECK (date_precision IN ('day', 'month', 'year')),
    title           VARCHAR(500)  NOT NULL,
    summary         VARCHAR(4000) NOT NULL,
    place           VARCHAR(300)
);
CREATE INDEX event_by_date ON event(event_date DESC, id DESC);

CREATE TABLE event_source (
    event_id    VARCHAR(200)  NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    position    INT           NOT NULL,
    url         VARCHAR(1000) NOT NULL,
    name        VARCHAR(300)  NOT NULL,
    PRIMARY KEY (event_id, position)
);

CREATE TABLE event_person (
    event_id    VARCHAR(200) NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    person_id   VARCHAR(100) NOT NULL REFERENCES person(id),
    PRIMARY KEY (event_id, person_id)
);
CREATE INDEX event_person_by_person ON event_person(person_id);

CREATE TABLE event_topic (
    event_id    VARCHAR(200) NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    topic_id    VARCHAR(100) NOT NULL REFERENCES topic(id),
    PRIMARY KEY (event_id, topic_id)
);
CREATE INDEX event_topic_by_topic ON event_topic(topic_id);

CREATE TABLE quote (
    id              VARCHAR(200)  PRIMARY KEY,
    quote_date      DATE          NOT NULL,
    date_precision  VARCHAR(5)    NOT NULL CHECK (date_precision IN ('day', 'month', 'year')),
    person_id       VARCHAR(100)  NOT NULL REFERENCES person(id),
    speaker_role    VARCHAR(500),
    text            VARCHAR(8000) NOT NULL,
    context         VARCHAR(2000),
    event_id        VARCHAR(200)  REFERENCES event(id),
    source_url      VARCHAR(1000) NOT NULL,
    source_name     VARCHAR(300)  NOT NULL
);
CREATE INDEX quote_by_date ON quote(quote_date DESC, id DESC);
CREATE INDEX quote_by_person ON quote(person_id, quote_date DESC);
CREATE INDEX quote_by_event ON quote(event_id);

CREATE TABLE quote_topic (
    quote_id    VARCHAR(200) NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
    topic_id    VARCHAR(100) NOT NULL REFERENCES topic(id),
    PRIMARY KEY (quote_id, topic_id)
);
CREATE INDEX quote_topic_by_topic ON quote_topic(topic_id);
