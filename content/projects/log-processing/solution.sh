# Wiring for project-log-processing, after each step's own solution: stream the ETL log group into Firehose.
stream_arn=$(aws firehose describe-delivery-stream --delivery-stream-name onsite-events-to-lake \
  --query DeliveryStreamDescription.DeliveryStreamARN --output text)
role_arn=$(aws iam create-role --role-name onsite-logs-to-firehose --query Role.Arn --output text \
  --assume-role-policy-document '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
    "Principal": {"Service": "logs.amazonaws.com"}, "Action": "sts:AssumeRole"}]}')
aws iam put-role-policy --role-name onsite-logs-to-firehose --policy-name put-to-lake-stream --policy-document "{
  \"Version\": \"2012-10-17\",
  \"Statement\": [{\"Effect\": \"Allow\", \"Action\": [\"firehose:PutRecord\", \"firehose:PutRecordBatch\"],
                  \"Resource\": [\"$stream_arn\"]}]}"
aws logs put-subscription-filter --log-group-name /onsite/etl --filter-name etl-logs-to-lake --filter-pattern "" \
  --destination-arn "$stream_arn" --role-arn "$role_arn"
