# Reference solution for lab-firehose-to-s3, with the aws CLI.
aws s3api create-bucket --bucket onsite-lake

role_arn=$(aws iam create-role --role-name onsite-firehose-to-lake --assume-role-policy-document '{
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Principal": {"Service": "firehose.amazonaws.com"}, "Action": "sts:AssumeRole"}]}' \
  --query Role.Arn --output text)
aws iam put-role-policy --role-name onsite-firehose-to-lake --policy-name write-lake --policy-document '{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Action": ["s3:AbortMultipartUpload", "s3:GetBucketLocation", "s3:GetObject", "s3:ListBucket",
               "s3:ListBucketMultipartUploads", "s3:PutObject"],
    "Resource": ["arn:aws:s3:::onsite-lake", "arn:aws:s3:::onsite-lake/*"]
  }]}'

config=$(mktemp /tmp/onsite-firehose-XXXXXX.json)
cat > "$config" <<JSON
{
  "RoleARN": "$role_arn",
  "BucketARN": "arn:aws:s3:::onsite-lake",
  "Prefix": "raw/events/year=!{timestamp:yyyy}/month=!{timestamp:MM}/day=!{timestamp:dd}/",
  "ErrorOutputPrefix": "errors/events/!{firehose:error-output-type}/year=!{timestamp:yyyy}/month=!{timestamp:MM}/day=!{timestamp:dd}/",
  "BufferingHints": {"SizeInMBs": 64, "IntervalInSeconds": 300},
  "CompressionFormat": "GZIP"
}
JSON
aws firehose create-delivery-stream --delivery-stream-name onsite-events-to-lake --delivery-stream-type DirectPut \
  --extended-s3-destination-configuration "file://$config"
rm -f "$config"
