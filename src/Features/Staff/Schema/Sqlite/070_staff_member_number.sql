-- A staff account may be linked to the member number its holder uses in chat (member page / groups): chat
-- messages from "directline/dl_{number}" then count as staff (e.g. "/notice …" in a group). Stored upper-case.
ALTER TABLE staff_accounts ADD COLUMN member_number TEXT;
CREATE UNIQUE INDEX ux_staff_accounts_member_number ON staff_accounts (member_number) WHERE member_number IS NOT NULL;
