-- Breaks: forgetting the "category sold" condition. Nothing in 'garden' ever sold, so neither
-- garden product is reported; only 23 (an unsold 'toys' product) is.
INSERT INTO products (id, name, category) VALUES
    (21, 'Wooden train',  'toys'),
    (22, 'Puzzle cube',   'toys'),
    (23, 'Kite',          'toys'),
    (24, 'Garden hose',   'garden'),
    (25, 'Pruning shears', 'garden');

INSERT INTO order_items (id, order_id, product_id, quantity) VALUES
    (21, 90, 21, 1),
    (22, 91, 22, 2),
    (23, 91, 21, 1);
