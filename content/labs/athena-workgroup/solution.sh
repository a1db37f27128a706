# Reference solution for lab-athena-workgroup, with the aws CLI.
aws s3api create-bucket --bucket onsite-athena-results
aws s3api put-public-access-block --bucket onsite-athena-results --public-access-block-configuration \
  BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true

# The analysts' results are throwaway copies: delete them after a week, and the parts of failed uploads after a day.
aws s3api put-bucket-lifecycle-configuration --bucket onsite-athena-results --lifecycle-configuration '{
  "Rules": [{
    "ID": "expire-analyst-results",
    "Filter": {"Prefix": "analysts/"},
    "Status": "Enabled",
    "Expiration": {"Days": 7},
    "AbortIncompleteMultipartUpload": {"DaysAfterInitiation": 1}
  }]}'

# 10 GiB = 10 * 1024^3 bytes; the API takes the cutoff in bytes.
aws athena create-work-group --name onsite-analysts \
  --description "Ad hoc analyst queries over the lake: enforced results location, 10 GiB per-query cutoff" \
  --configuration 'ResultConfiguration={OutputLocation=s3://onsite-athena-results/analysts/,EncryptionConfiguration={EncryptionOption=SSE_S3}},EnforceWorkGroupConfiguration=true,PublishCloudWatchMetricsEnabled=true,BytesScannedCutoffPerQuery=10737418240'

aws athena get-work-group --work-group onsite-analysts --query WorkGroup.Configuration > /dev/null
