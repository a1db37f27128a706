# Reference solution for lab-glue-catalog-partitions, with the aws CLI.
aws glue create-database --database-input '{
  "Name": "onsite_lake",
  "Description": "Curated tables of the onsite lake",
  "LocationUri": "s3://onsite-lake/curated/"}'

# The storage descriptor the table and each of its partitions share; only the location differs.
columns='[{"Name": "order_id", "Type": "string"}, {"Name": "customer_id", "Type": "string"},
          {"Name": "amount", "Type": "decimal(10,2)"}, {"Name": "order_ts", "Type": "timestamp"}]'
parquet='"InputFormat": "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
         "OutputFormat": "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat",
         "SerdeInfo": {"SerializationLibrary": "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe",
                       "Parameters": {"serialization.format": "1"}}'

aws glue create-table --database-name onsite_lake --table-input "{
  \"Name\": \"orders\",
  \"TableType\": \"EXTERNAL_TABLE\",
  \"Parameters\": {\"classification\": \"parquet\", \"EXTERNAL\": \"TRUE\"},
  \"PartitionKeys\": [{\"Name\": \"dt\", \"Type\": \"string\"}],
  \"StorageDescriptor\": {\"Columns\": $columns, \"Location\": \"s3://onsite-lake/curated/orders/\", $parquet}}"

partitions=""
for dt in 2026-12-01 2026-12-02; do
  partitions="$partitions${partitions:+,}{\"Values\": [\"$dt\"],
    \"StorageDescriptor\": {\"Columns\": $columns, \"Location\": \"s3://onsite-lake/curated/orders/dt=$dt/\", $parquet}}"
done
aws glue batch-create-partition --database-name onsite_lake --table-name orders --partition-input-list "[$partitions]"

aws glue get-partitions --database-name onsite_lake --table-name orders \
  --query 'Partitions[].StorageDescriptor.Location' --output text > /dev/null
