# Reference solution for lab-step-functions-etl, with the aws CLI.
account=$(aws sts get-caller-identity --query Account --output text)
region=${AWS_REGION:-${AWS_DEFAULT_REGION:-us-east-1}}
topic_arn=$(aws sns create-topic --name onsite-etl-failures --query TopicArn --output text)

role_arn=$(aws iam create-role --role-name onsite-etl-states-role --query Role.Arn --output text \
  --assume-role-policy-document '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow",
    "Principal": {"Service": "states.amazonaws.com"}, "Action": "sts:AssumeRole"}]}')
aws iam put-role-policy --role-name onsite-etl-states-role --policy-name onsite-nightly-etl-access \
  --policy-document "{\"Version\": \"2012-10-17\", \"Statement\": [
    {\"Effect\": \"Allow\", \"Action\": [\"glue:StartJobRun\", \"glue:GetJobRun\", \"glue:GetJobRuns\", \"glue:BatchStopJobRun\"],
     \"Resource\": [\"arn:aws:glue:$region:$account:job/onsite-extract-orders\", \"arn:aws:glue:$region:$account:job/onsite-load-warehouse\"]},
    {\"Effect\": \"Allow\", \"Action\": \"lambda:InvokeFunction\",
     \"Resource\": \"arn:aws:lambda:$region:$account:function:onsite-orders-transform\"},
    {\"Effect\": \"Allow\", \"Action\": \"sns:Publish\", \"Resource\": \"$topic_arn\"}]}"

work=$(mktemp -d /tmp/onsite-states.XXXXXX)
cat > "$work/definition.json" <<JSON
{
  "Comment": "Nightly orders ETL: extract, transform, load; alert and fail when a step cannot recover.",
  "StartAt": "Extract",
  "States": {
    "Extract": {
      "Type": "Task",
      "Resource": "arn:aws:states:::glue:startJobRun.sync",
      "Parameters": {"JobName": "onsite-extract-orders", "Arguments": {"--run_date.\$": "\$.run_date"}},
      "ResultPath": "\$.extract",
      "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "\$.error", "Next": "NotifyFailure"}],
      "Next": "Transform"
    },
    "Transform": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Parameters": {"FunctionName": "onsite-orders-transform", "Payload.\$": "\$"},
      "ResultPath": "\$.transform",
      "Retry": [{"ErrorEquals": ["States.TaskFailed"], "IntervalSeconds": 5, "MaxAttempts": 3, "BackoffRate": 2.0}],
      "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "\$.error", "Next": "NotifyFailure"}],
      "Next": "Load"
    },
    "Load": {
      "Type": "Task",
      "Resource": "arn:aws:states:::glue:startJobRun.sync",
      "Parameters": {"JobName": "onsite-load-warehouse", "Arguments": {"--run_date.\$": "\$.run_date"}},
      "ResultPath": "\$.load",
      "Retry": [{"ErrorEquals": ["States.TaskFailed"], "IntervalSeconds": 60, "MaxAttempts": 3, "BackoffRate": 2.0}],
      "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "\$.error", "Next": "NotifyFailure"}],
      "End": true
    },
    "NotifyFailure": {
      "Type": "Task",
      "Resource": "arn:aws:states:::sns:publish",
      "Parameters": {
        "TopicArn": "$topic_arn",
        "Subject": "onsite-nightly-etl failed",
        "Message.\$": "States.JsonToString(\$.error)"
      },
      "ResultPath": null,
      "Next": "Failed"
    },
    "Failed": {"Type": "Fail", "Error": "NightlyEtlFailed", "Cause": "A step failed after its retries; see the SNS alert."}
  }
}
JSON
aws stepfunctions create-state-machine --name onsite-nightly-etl --type STANDARD --role-arn "$role_arn" \
  --definition "file://$work/definition.json" > /dev/null
rm -rf "$work"
