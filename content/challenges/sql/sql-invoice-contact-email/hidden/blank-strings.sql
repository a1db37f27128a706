-- Empty and all-space billing emails. Breaks COALESCE(billing_email, owner_email, 'MISSING'),
-- which happily returns '' or '   ' because they are not NULL.
INSERT INTO accounts (account_id, company, billing_email, owner_email) VALUES
    (11, 'Granite Works',  '',     'sam@granite.example'),
    (12, 'Pelican Travel', '   ',  'lee@pelican.example'),
    (13, 'Fjord Energy',   'ap@fjord.example', ''),
    (14, 'Saffron Labs',   NULL,   'ana@saffron.example');
