# Reference solution for lab-s3-event-notifications, with the aws CLI.
# aws CLI v1 sends `aws sqs` in us-east-1 to queue.amazonaws.com unless the endpoint is given on the command line.
sqs() { aws --endpoint-url "$AWS_ENDPOINT_URL" sqs "$@"; }

account=$(aws sts get-caller-identity --query Account --output text)
region=${AWS_REGION:-us-east-1}
bucket_arn="arn:aws:s3:::onsite-landing"
queue_arn="arn:aws:sqs:$region:$account:onsite-landing-events"
dlq_arn="arn:aws:sqs:$region:$account:onsite-landing-events-dlq"

aws s3api create-bucket --bucket onsite-landing

# The dead-letter queue first, then the queue that redrives to it and lets the bucket send to it.
sqs create-queue --queue-name onsite-landing-events-dlq
cat > /tmp/onsite-landing-queue.json <<EOF
{
  "RedrivePolicy": "{\"deadLetterTargetArn\": \"$dlq_arn\", \"maxReceiveCount\": \"5\"}",
  "Policy": "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"LandingBucketSends\", \"Effect\": \"Allow\", \"Principal\": {\"Service\": \"s3.amazonaws.com\"}, \"Action\": \"sqs:SendMessage\", \"Resource\": \"$queue_arn\", \"Condition\": {\"ArnLike\": {\"aws:SourceArn\": \"$bucket_arn\"}, \"StringEquals\": {\"aws:SourceAccount\": \"$account\"}}}]}"
}
EOF
sqs create-queue --queue-name onsite-landing-events --attributes file:///tmp/onsite-landing-queue.json
rm -f /tmp/onsite-landing-queue.json

# The topic, its access policy for S3, and the team's email subscription.
topic_arn=$(aws sns create-topic --name onsite-landing-rejected --query TopicArn --output text)
aws sns set-topic-attributes --topic-arn "$topic_arn" --attribute-name Policy --attribute-value "{
  \"Version\": \"2012-10-17\",
  \"Statement\": [{\"Sid\": \"LandingBucketPublishes\", \"Effect\": \"Allow\", \"Principal\": {\"Service\": \"s3.amazonaws.com\"},
                  \"Action\": \"sns:Publish\", \"Resource\": \"$topic_arn\",
                  \"Condition\": {\"ArnLike\": {\"aws:SourceArn\": \"$bucket_arn\"}, \"StringEquals\": {\"aws:SourceAccount\": \"$account\"}}}]}"
aws sns subscribe --topic-arn "$topic_arn" --protocol email --notification-endpoint data-quality@example.com

aws s3api put-bucket-notification-configuration --bucket onsite-landing --notification-configuration "{
  \"QueueConfigurations\": [{
    \"Id\": \"incoming-csv-to-loader\",
    \"QueueArn\": \"$queue_arn\",
    \"Events\": [\"s3:ObjectCreated:*\"],
    \"Filter\": {\"Key\": {\"FilterRules\": [{\"Name\": \"prefix\", \"Value\": \"incoming/\"}, {\"Name\": \"suffix\", \"Value\": \".csv\"}]}}
  }],
  \"TopicConfigurations\": [{
    \"Id\": \"rejected-to-data-quality\",
    \"TopicArn\": \"$topic_arn\",
    \"Events\": [\"s3:ObjectCreated:*\"],
    \"Filter\": {\"Key\": {\"FilterRules\": [{\"Name\": \"prefix\", \"Value\": \"rejected/\"}]}}
  }]}"

# Land a file and read the event the loader would get.
printf 'order_id,amount\n1,12.50\n' > /tmp/onsite-landing-orders.csv
aws s3 cp /tmp/onsite-landing-orders.csv s3://onsite-landing/incoming/2026-12-01/orders.csv
rm -f /tmp/onsite-landing-orders.csv
sqs receive-message --queue-url "$(sqs get-queue-url --queue-name onsite-landing-events --query QueueUrl --output text)" \
  --wait-time-seconds 1 > /dev/null
