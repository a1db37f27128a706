# Reference solution for lab-dynamodb-orders-table, with the aws CLI.
aws dynamodb create-table --table-name onsite-orders \
  --attribute-definitions AttributeName=customer_id,AttributeType=S AttributeName=order_ts,AttributeType=S \
                          AttributeName=status,AttributeType=S \
  --key-schema AttributeName=customer_id,KeyType=HASH AttributeName=order_ts,KeyType=RANGE \
  --billing-mode PAY_PER_REQUEST \
  --global-secondary-indexes '[{"IndexName": "by-status",
      "KeySchema": [{"AttributeName": "status", "KeyType": "HASH"}, {"AttributeName": "order_ts", "KeyType": "RANGE"}],
      "Projection": {"ProjectionType": "ALL"}}]'
aws dynamodb wait table-exists --table-name onsite-orders
aws dynamodb update-time-to-live --table-name onsite-orders \
  --time-to-live-specification Enabled=true,AttributeName=expires_at
aws dynamodb put-item --table-name onsite-orders --item \
  '{"customer_id": {"S": "c-1"}, "order_ts": {"S": "2026-12-01T10:00:00Z"}, "status": {"S": "PENDING"}, "expires_at": {"N": "1796000000"}}'
aws dynamodb query --table-name onsite-orders --index-name by-status \
  --key-condition-expression "#s = :s" --expression-attribute-names '{"#s": "status"}' \
  --expression-attribute-values '{":s": {"S": "PENDING"}}' --no-scan-index-forward > /dev/null
