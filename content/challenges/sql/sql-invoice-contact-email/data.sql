INSERT INTO accounts (account_id, company, billing_email, owner_email) VALUES
    (1, 'Northwind Analytics', 'ap@northwind.example',   'cto@northwind.example'),
    (2, 'Blue Heron Foods',    NULL,                     'maria@blueheron.example'),
    (3, 'Kestrel Logistics',   'billing@kestrel.example', NULL),
    (4, 'Otter & Co',          NULL,                     NULL),
    (5, 'Lumen Clinics',       'finance@lumen.example',  'ops@lumen.example');
