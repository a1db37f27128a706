# Reference solution for lab-lambda-etl-function, with the aws CLI.
account=$(aws sts get-caller-identity --query Account --output text)
aws s3api create-bucket --bucket onsite-landing
aws s3api create-bucket --bucket onsite-curated

role_arn=$(aws iam create-role --role-name onsite-orders-transform-role --query Role.Arn --output text \
  --assume-role-policy-document '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
    "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}')
aws iam put-role-policy --role-name onsite-orders-transform-role --policy-name onsite-orders-transform-access \
  --policy-document '{"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::onsite-landing/raw/orders/*"},
    {"Effect": "Allow", "Action": "s3:PutObject", "Resource": "arn:aws:s3:::onsite-curated/curated/orders/*"},
    {"Effect": "Allow", "Action": ["logs:CreateLogGroup", "logs:CreateLogStream", "logs:PutLogEvents"], "Resource": "*"}]}'

work=$(mktemp -d /tmp/onsite-lambda.XXXXXX)
cat > "$work/transform.py" <<'PY'
import os


def handler(event, context):
    records = event.get("Records", [])
    return {"records": len(records), "prefix": os.environ["OUTPUT_PREFIX"]}
PY
(cd "$work" && python3 -m zipfile -c function.zip transform.py)
aws lambda create-function --function-name onsite-orders-transform --runtime python3.12 \
  --handler transform.handler --role "$role_arn" --zip-file "fileb://$work/function.zip" \
  --architectures arm64 --memory-size 512 --ephemeral-storage Size=2048 --timeout 120 \
  --environment 'Variables={OUTPUT_BUCKET=onsite-curated,OUTPUT_PREFIX=curated/orders/}' > /dev/null
rm -rf "$work"

aws lambda add-permission --function-name onsite-orders-transform --statement-id s3-onsite-landing \
  --action lambda:InvokeFunction --principal s3.amazonaws.com \
  --source-arn arn:aws:s3:::onsite-landing --source-account "$account" > /dev/null

function_arn=$(aws lambda get-function-configuration --function-name onsite-orders-transform \
  --query FunctionArn --output text)
aws s3api put-bucket-notification-configuration --bucket onsite-landing --notification-configuration "{
  \"LambdaFunctionConfigurations\": [{\"Id\": \"orders-to-transform\", \"LambdaFunctionArn\": \"$function_arn\",
    \"Events\": [\"s3:ObjectCreated:*\"],
    \"Filter\": {\"Key\": {\"FilterRules\": [{\"Name\": \"prefix\", \"Value\": \"raw/orders/\"},
                                            {\"Name\": \"suffix\", \"Value\": \".json\"}]}}}]}"
