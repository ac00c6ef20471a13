-- A member number makes a chat member staff only once the staff member linked it themselves, signed in to both
-- the console and the member page (POST /api/members/staff-link), which stamps member_linked_at. Numbers admins
-- set before (070) stay stored but count for nothing until their holder confirms them that way.
ALTER TABLE staff_accounts ADD COLUMN member_linked_at BIGINT;
