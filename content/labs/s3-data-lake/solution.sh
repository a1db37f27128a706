# Reference solution for lab-s3-data-lake, with the aws CLI.
aws s3api create-bucket --bucket onsite-lake
aws s3api put-bucket-versioning --bucket onsite-lake --versioning-configuration Status=Enabled

key_id=$(aws kms create-key --description "onsite lake" --query KeyMetadata.KeyId --output text)
aws s3api put-bucket-encryption --bucket onsite-lake --server-side-encryption-configuration "{
  \"Rules\": [{\"ApplyServerSideEncryptionByDefault\": {\"SSEAlgorithm\": \"aws:kms\", \"KMSMasterKeyID\": \"$key_id\"},
               \"BucketKeyEnabled\": true}]}"

aws s3api put-public-access-block --bucket onsite-lake --public-access-block-configuration \
  BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true

aws s3api put-bucket-lifecycle-configuration --bucket onsite-lake --lifecycle-configuration '{
  "Rules": [{
    "ID": "raw-tiering",
    "Filter": {"Prefix": "raw/"},
    "Status": "Enabled",
    "Transitions": [{"Days": 30, "StorageClass": "STANDARD_IA"}, {"Days": 90, "StorageClass": "GLACIER"}],
    "NoncurrentVersionExpiration": {"NoncurrentDays": 60}
  }]}'

for day in 01 02 03; do
  printf '{"order_id": %s, "amount": 12.5}\n' "$day" > "/tmp/onsite-orders-$day.json"
  aws s3 cp "/tmp/onsite-orders-$day.json" "s3://onsite-lake/raw/orders/year=2026/month=12/day=$day/part-0000.json"
  rm -f "/tmp/onsite-orders-$day.json"
done
