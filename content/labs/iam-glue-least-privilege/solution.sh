# Reference solution for lab-iam-glue-least-privilege, with the aws CLI.
account=$(aws sts get-caller-identity --query Account --output text)
region=${AWS_REGION:-us-east-1}

aws iam create-role --role-name onsite-glue-orders-etl \
  --description "Glue job orders-etl: reads raw/orders, writes curated/orders" \
  --assume-role-policy-document '{
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": {"Service": "glue.amazonaws.com"}, "Action": "sts:AssumeRole"}]}'

cat > /tmp/onsite-orders-etl-access.json <<JSON
{
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "ListRawOrders", "Effect": "Allow", "Action": "s3:ListBucket",
     "Resource": "arn:aws:s3:::onsite-lake",
     "Condition": {"StringLike": {"s3:prefix": ["raw/orders/*"]}}},
    {"Sid": "ReadRawOrders", "Effect": "Allow", "Action": "s3:GetObject",
     "Resource": "arn:aws:s3:::onsite-lake/raw/orders/*"},
    {"Sid": "WriteCuratedOrders", "Effect": "Allow", "Action": "s3:PutObject",
     "Resource": "arn:aws:s3:::onsite-lake/curated/orders/*"},
    {"Sid": "JobLogs", "Effect": "Allow",
     "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"],
     "Resource": "arn:aws:logs:$region:$account:log-group:/aws-glue/*"}
  ]
}
JSON
aws iam put-role-policy --role-name onsite-glue-orders-etl --policy-name orders-etl-access \
  --policy-document file:///tmp/onsite-orders-etl-access.json
rm -f /tmp/onsite-orders-etl-access.json

aws iam get-role-policy --role-name onsite-glue-orders-etl --policy-name orders-etl-access > /dev/null
aws iam list-attached-role-policies --role-name onsite-glue-orders-etl > /dev/null
