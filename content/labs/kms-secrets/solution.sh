# Reference solution for lab-kms-secrets, with the aws CLI.
key_id=$(aws kms create-key --description "warehouse credentials" --query KeyMetadata.KeyId --output text)
aws kms create-alias --alias-name alias/onsite-warehouse --target-key-id "$key_id"
aws kms enable-key-rotation --key-id "$key_id"
aws secretsmanager create-secret --name warehouse/etl-user --kms-key-id alias/onsite-warehouse \
  --secret-string '{"username": "etl_loader", "password": "change-me-in-rotation", "host": "orders.internal", "port": 5432, "dbname": "orders"}'
aws secretsmanager get-secret-value --secret-id warehouse/etl-user --query SecretString --output text > /dev/null
