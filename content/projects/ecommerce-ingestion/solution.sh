# Wiring for project-ecommerce-ingestion, after each step's own solution. The clickstream reaches the lake through
# a second delivery stream that reads onsite-clicks (the Firehose step's Direct PUT stream takes server-side events),
# under a role that may read that one stream and write only the clicks prefixes.
stream_arn=$(aws kinesis describe-stream-summary --stream-name onsite-clicks --query StreamDescriptionSummary.StreamARN --output text)
role_arn=$(aws iam create-role --role-name onsite-firehose-from-clicks --query Role.Arn --output text --assume-role-policy-document '{
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Principal": {"Service": "firehose.amazonaws.com"}, "Action": "sts:AssumeRole"}]}')
aws iam put-role-policy --role-name onsite-firehose-from-clicks --policy-name read-clicks-write-lake --policy-document "{
  \"Version\": \"2012-10-17\",
  \"Statement\": [
    {\"Effect\": \"Allow\", \"Action\": [\"kinesis:DescribeStream\", \"kinesis:GetShardIterator\", \"kinesis:GetRecords\", \"kinesis:ListShards\"],
     \"Resource\": [\"$stream_arn\"]},
    {\"Effect\": \"Allow\", \"Action\": [\"s3:AbortMultipartUpload\", \"s3:GetBucketLocation\", \"s3:ListBucket\", \"s3:ListBucketMultipartUploads\", \"s3:PutObject\"],
     \"Resource\": [\"arn:aws:s3:::onsite-lake\", \"arn:aws:s3:::onsite-lake/raw/clicks/*\", \"arn:aws:s3:::onsite-lake/errors/clicks/*\"]}]}"
config=$(mktemp /tmp/onsite-clicks-firehose-XXXXXX.json)
cat > "$config" <<JSON
{
  "RoleARN": "$role_arn",
  "BucketARN": "arn:aws:s3:::onsite-lake",
  "Prefix": "raw/clicks/year=!{timestamp:yyyy}/month=!{timestamp:MM}/day=!{timestamp:dd}/",
  "ErrorOutputPrefix": "errors/clicks/!{firehose:error-output-type}/year=!{timestamp:yyyy}/month=!{timestamp:MM}/day=!{timestamp:dd}/",
  "BufferingHints": {"SizeInMBs": 64, "IntervalInSeconds": 300},
  "CompressionFormat": "GZIP"
}
JSON
aws firehose create-delivery-stream --delivery-stream-name onsite-clicks-to-lake --delivery-stream-type KinesisStreamAsSource \
  --kinesis-stream-source-configuration "KinesisStreamARN=$stream_arn,RoleARN=$role_arn" \
  --extended-s3-destination-configuration "file://$config" > /dev/null
rm -f "$config"

# Order changes leave DynamoDB on a stream, for the lake's copy of the orders.
aws dynamodb update-table --table-name onsite-orders \
  --stream-specification StreamEnabled=true,StreamViewType=NEW_AND_OLD_IMAGES > /dev/null
