# Reference solution for lab-kinesis-stream-sizing, with the aws CLI.
# Peak 4,500 records/s of 600 bytes: 2.7 MB/s needs 3 shards by bytes, 4,500 records/s needs 5 by records; 5 wins.
aws kinesis create-stream --stream-name onsite-clicks --shard-count 5 --stream-mode-details StreamMode=PROVISIONED
aws kinesis wait stream-exists --stream-name onsite-clicks
aws kinesis increase-stream-retention-period --stream-name onsite-clicks --retention-period-hours 168

aws kinesis put-records --stream-name onsite-clicks --records '[
  {"Data": "{\"user_id\": \"u-1001\", \"page\": \"/home\", \"ts\": \"2026-12-01T18:00:00Z\"}", "PartitionKey": "u-1001"},
  {"Data": "{\"user_id\": \"u-1002\", \"page\": \"/search\", \"ts\": \"2026-12-01T18:00:01Z\"}", "PartitionKey": "u-1002"},
  {"Data": "{\"user_id\": \"u-1003\", \"page\": \"/cart\", \"ts\": \"2026-12-01T18:00:01Z\"}", "PartitionKey": "u-1003"},
  {"Data": "{\"user_id\": \"u-1001\", \"page\": \"/product/42\", \"ts\": \"2026-12-01T18:00:02Z\"}", "PartitionKey": "u-1001"}
]' --query 'Records[].ShardId' --output text > /dev/null

# Read u-1001's clicks back: its key hashes into the third of the five ranges, so shardId-000000000002.
iterator=$(aws kinesis get-shard-iterator --stream-name onsite-clicks --shard-id shardId-000000000002 \
  --shard-iterator-type TRIM_HORIZON --query ShardIterator --output text)
aws kinesis get-records --shard-iterator "$iterator" --query 'Records[].PartitionKey' --output text > /dev/null
