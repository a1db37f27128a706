# Wiring for project-warehouse-etl, after each step's own solution: let the transform's role read the warehouse
# credentials, and only those.
key_arn=$(aws kms describe-key --key-id alias/onsite-warehouse --query KeyMetadata.Arn --output text)
secret_arn=$(aws secretsmanager describe-secret --secret-id warehouse/etl-user --query ARN --output text)
aws iam put-role-policy --role-name onsite-glue-orders-etl --policy-name read-warehouse-secret --policy-document "{
  \"Version\": \"2012-10-17\",
  \"Statement\": [
    {\"Effect\": \"Allow\", \"Action\": [\"secretsmanager:GetSecretValue\"], \"Resource\": [\"$secret_arn\"]},
    {\"Effect\": \"Allow\", \"Action\": [\"kms:Decrypt\"], \"Resource\": [\"$key_arn\"]}]}"
