# Reference solution for lab-cloudwatch-logs-alarm, with the aws CLI.
aws logs create-log-group --log-group-name /onsite/etl
aws logs put-retention-policy --log-group-name /onsite/etl --retention-in-days 30
aws logs put-metric-filter --log-group-name /onsite/etl --filter-name etl-error-lines --filter-pattern ERROR \
  --metric-transformations metricName=ErrorCount,metricNamespace=Onsite/ETL,metricValue=1,defaultValue=0

topic_arn=$(aws sns create-topic --name onsite-etl-alerts --query TopicArn --output text)
aws sns subscribe --topic-arn "$topic_arn" --protocol email --notification-endpoint oncall@example.com > /dev/null

aws cloudwatch put-metric-alarm --alarm-name onsite-etl-errors \
  --alarm-description "ERROR lines in the nightly ETL logs" \
  --namespace Onsite/ETL --metric-name ErrorCount --statistic Sum --period 300 --evaluation-periods 1 \
  --threshold 1 --comparison-operator GreaterThanOrEqualToThreshold --treat-missing-data notBreaching \
  --alarm-actions "$topic_arn"

aws logs create-log-stream --log-group-name /onsite/etl --log-stream-name run-2026-12-01
now_ms=$(( $(date +%s) * 1000 ))
aws logs put-log-events --log-group-name /onsite/etl --log-stream-name run-2026-12-01 --log-events \
  "timestamp=$now_ms,message=INFO loaded 1200 rows into staging.orders" \
  "timestamp=$((now_ms + 1)),message=ERROR merge into warehouse.orders failed: duplicate key" > /dev/null
