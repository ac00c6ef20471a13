-- Member numbers whose personal data staff erased, so that erasing again answers as the first time did (not 404).
-- The number alone is kept, as the union's record that it honoured the request; nothing else about the member.
CREATE TABLE member_erasures (
    member_number TEXT PRIMARY KEY,
    erased_at     BIGINT NOT NULL,
    erased_by     TEXT                       -- staff account id
);
