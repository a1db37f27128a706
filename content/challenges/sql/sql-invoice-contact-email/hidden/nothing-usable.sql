-- Every kind of "no email" on both columns. Breaks a fallback that only treats NULL as missing,
-- and one that trims billing_email but not owner_email.
INSERT INTO accounts (account_id, company, billing_email, owner_email) VALUES
    (21, 'Quarry Media',   NULL,   NULL),
    (22, 'Harbor Dental',  '',     '  '),
    (23, 'Cobalt Freight', '  ',   NULL),
    (24, 'Juniper Legal',  NULL,   '');
