import Foundation
import OnsiteContent
import OnsiteCore
import OnsiteTestSupport
import Testing

/// Typed answers checked against shipped questions' key points. Each question gets three answers written the way a
/// candidate would type them, not copied from the `match` phrasings: a good one that covers every point, a partial
/// one that covers a third to a half of them, and an off-topic one about something else. Coverage must rank them in
/// that order, and the suggested ratings must follow.
@Suite("Key point coverage")
struct KeyPointCoverageTests {
    struct Answers: CustomTestStringConvertible, Sendable {
        var questionID: String
        var good: String
        var partial: String
        var offTopic: String
        var testDescription: String { questionID }
    }

    static let catalog = ContentLoader(root: RepositoryPaths.content, displayRelativeTo: nil).load().catalog

    static let answers: [Answers] = [
        Answers(
            questionID: "py-gil",
            good: """
                The GIL is CPython's global interpreter lock: inside one process only a single thread can be running \
                Python bytecode at any moment, however many cores the machine has. A thread gives the lock up while it \
                blocks on I/O, so threads work well for I/O-bound jobs like downloading objects from S3 or calling an \
                API over the network. CPU-bound pure Python code needs several processes instead, for instance \
                multiprocessing or a ProcessPoolExecutor. Processes are slower to start and everything passed between \
                them gets pickled, and libraries such as NumPy drop the lock inside their C code, so vectorised maths \
                can still use all the cores.
                """,
            partial: """
                The GIL means only one thread in a process executes Python code at once, so extra threads won't speed \
                up number crunching. I still use threads when the program spends most of its time waiting on the \
                network.
                """,
            offTopic: """
                A list is a mutable sequence, while a tuple cannot be changed after it is created, which is why a \
                tuple can serve as a dictionary key.
                """
        ),
        Answers(
            questionID: "py-mutable-default-argument",
            good: """
                Python evaluates a default value only once, when the def statement runs, not each time the function \
                gets called. So if the default is a list, every call that leaves the argument out shares that very \
                same list, and whatever one call appended is still there on the next call. The usual fix is to default \
                to None and build a new list inside the body: `if items is None: items = []`. Immutable defaults such \
                as ints, strings, tuples or None itself are safe, because nothing can change them in place.
                """,
            partial: """
                The trap is that the default list is shared by all the calls, so it keeps growing. Pass None as the \
                default and create the list in the function instead.
                """,
            offTopic: """
                A decorator takes a function and returns a wrapper around it, and functools.wraps copies the wrapped \
                function's name and docstring onto the wrapper.
                """
        ),
        Answers(
            questionID: "py-generators",
            good: """
                A function with yield in it returns a generator, which computes its values lazily and hands out one \
                item each time next() is called. Execution is paused at every yield and picks up again where it left \
                off, with all its local variables intact. Because nothing is built up front, memory use stays \
                flat even for a file far bigger than RAM. You can only loop over a generator once; after that it \
                is exhausted and raises StopIteration straight away. Generators also compose nicely into a pipeline: \
                one stage reads lines, the next parses them, another filters them.
                """,
            partial: """
                A generator is a function that uses yield, and it hands out values lazily instead of building the \
                whole list first. Once you have looped over it, it is exhausted and gives nothing more.
                """,
            offTopic: """
                The with statement calls __enter__ when the block starts and __exit__ when it ends, so a file or a \
                lock gets cleaned up even after an exception.
                """
        ),
        Answers(
            questionID: "py-retry-backoff-jitter",
            good: """
                If every client backs off on the same doubling schedule, the ones that failed together stay \
                synchronised and hammer the server again in waves, the classic thundering herd. Adding jitter fixes \
                that: with full jitter each client sleeps a random amount between zero and the current backoff. The \
                backoff itself should be capped, and the loop should give up after a maximum number of attempts or an \
                overall deadline and then re-raise the last exception. Only retry transient failures like throttling \
                (429), timeouts and 5xx responses; a 400 validation error or a 403 will never succeed on a second try. \
                Finally the operation has to be idempotent, and you shouldn't stack retries in the SDK, your own \
                client and the job scheduler, since the attempts multiply.
                """,
            partial: """
                I'd use exponential backoff, doubling the wait after each failure, and add some jitter so the clients \
                spread out. I would also only retry errors that are transient, like a dropped connection.
                """,
            offTopic: """
                A token bucket refills at a fixed rate and each request spends one token; when the bucket is empty the \
                caller has to wait.
                """
        ),
        Answers(
            questionID: "sql-declarative-partitioning",
            good: """
                You create a parent table with PARTITION BY; the parent itself stores nothing, and every inserted row \
                is routed into the child table whose bounds it falls in. Range partitions suit timestamps, one per \
                month say; list partitions fit discrete values like a region or a tenant id; and hash partitions \
                spread rows evenly when there is no natural range. The planner compares the WHERE clause with each \
                partition's bounds and prunes the ones that cannot match, so a query for last week reads one or two \
                partitions. That only works if you filter on the bare column: wrap created_at in a function or cast \
                it and every partition gets scanned. Also, primary keys and unique constraints have to include the \
                partition key, and a row that fits no partition is rejected unless you add a default partition.
                """,
            partial: """
                Declarative partitioning splits one big table into smaller child tables by some key such as the month. \
                Queries that filter on that key get faster because Postgres skips the partitions it doesn't need.
                """,
            offTopic: """
                A B-tree index on the email column makes lookups by email fast, but every extra index slows down \
                inserts and updates and takes disk space.
                """
        ),
        Answers(
            questionID: "sql-acid-properties",
            good: """
                Atomicity: the statements in a transaction either all take effect or none do, and if anything fails \
                halfway, a rollback undoes the partial work. Consistency: every transaction takes the data from one \
                valid state to another, so CHECK, UNIQUE and foreign key constraints always hold. Isolation: \
                transactions running concurrently don't see each other's uncommitted changes, and the isolation level \
                decides how strict that is. Durability: once COMMIT returns, the change survives a power cut or a \
                crash, because it was written to the write-ahead log on disk first.
                """,
            partial: """
                Atomicity means a transaction is all or nothing. Durability means that once it commits, the data is \
                kept even if the server crashes.
                """,
            offTopic: """
                A view is a stored query you select from like a table; a materialized view also stores its result, so \
                it has to be refreshed.
                """
        ),
        Answers(
            questionID: "sql-deadlocks",
            good: """
                A deadlock happens when two transactions each hold a row lock the other one wants, for example two \
                transfers updating the same pair of accounts in opposite orders, so both wait forever. Postgres looks \
                for the cycle after deadlock_timeout, one second by default, and cancels one of them with a \
                "deadlock detected" error, SQLSTATE 40P01. To prevent it, always lock rows in the same order, say by \
                ascending account id with SELECT ... ORDER BY id FOR UPDATE. Keep transactions short, touch as few \
                rows as you can, and set a lock_timeout so a blocked session fails fast instead of hanging. You can't \
                rule deadlocks out completely, so the application should catch the error and retry the transaction.
                """,
            partial: """
                It's when two transactions are each waiting for a lock held by the other. The database notices and \
                kills one of them so the other can carry on.
                """,
            offTopic: """
                An index scan follows the B-tree to the matching entries, while a sequential scan reads the whole \
                table; the planner picks whichever its cost estimate says is cheaper.
                """
        ),
        Answers(
            questionID: "sql-join-algorithms",
            good: """
                A nested loop join takes each row from the outer side and looks it up in the inner side; it's great \
                when the outer input is tiny and the inner join column has an index, and it is the only choice for \
                conditions like a.start < b.end. A hash join builds a hash table in memory from the smaller relation \
                and probes it with every row of the bigger one, which suits big unsorted inputs but only works for \
                equality joins. A merge join walks two inputs that are both sorted on the join key side by side, so it \
                shines when indexes already deliver rows in order. PostgreSQL picks among them by estimated cost, so \
                if the statistics are stale and it expects 1 row but gets a million, it can choose a disastrous nested \
                loop. And if the hash table doesn't fit in work_mem it is split into batches that spill to disk, which \
                EXPLAIN ANALYZE reports as Batches above 1.
                """,
            partial: """
                A nested loop goes through the outer rows one by one and looks each up in the other table, which is \
                fine for small inputs. For two big tables the database usually builds a hash table from one of them \
                instead.
                """,
            offTopic: """
                UNION removes duplicate rows from the combined result, which costs a sort or a hash step, while UNION \
                ALL simply appends one result to the other.
                """
        ),
        Answers(
            questionID: "aws-athena-partitioning-cost",
            good: """
                Athena bills by the amount of data each query scans in S3, about five dollars per terabyte, so \
                anything that reads fewer bytes saves money and time. Partition the table by the columns people \
                filter on, usually the event date, and make sure queries filter on those partition columns so Athena \
                can skip whole prefixes. Store the data as Parquet or ORC: they are columnar, so only the referenced \
                columns are read, and min/max statistics let it skip row groups. Compress the files too, with Snappy \
                for example. On top of that, select just the columns you need instead of SELECT *, merge lots of tiny \
                files into bigger ones, and set a per-query data usage limit on the workgroup.
                """,
            partial: """
                Athena charges for the data it scans, so the main lever is partitioning the table by date so queries \
                only touch the folders they need.
                """,
            offTopic: """
                Lambda functions can run for at most fifteen minutes and get between 128 MB and 10 GB of memory, so \
                long batch jobs belong elsewhere.
                """
        ),
        Answers(
            questionID: "aws-iam-roles-vs-users",
            good: """
                A user is a long-lived identity for a person or an app, with a console password or access keys that \
                stay valid until someone rotates or deletes them. A role has no permanent credentials at all: a \
                trusted principal, such as an EC2 instance, a Lambda function or a user in another account, assumes \
                it and STS hands back temporary credentials that expire on their own. Every role has a trust policy \
                saying who is allowed to assume it, and permission policies saying what it may do. Policies are JSON \
                documents of Allow and Deny statements; anything not allowed is denied by default, and an explicit \
                Deny beats any Allow. That is why workloads should use roles: no secret keys end up in source code or \
                config files, the credentials rotate automatically, and each service gets only the least privilege it \
                needs.
                """,
            partial: """
                Users are meant for people and come with a password for the console. Roles are for applications: a \
                service assumes the role instead of logging in.
                """,
            offTopic: """
                S3 Standard-IA is cheaper to store than Standard but charges a retrieval fee per gigabyte, so it fits \
                backups you rarely read.
                """
        ),
        Answers(
            questionID: "aws-kinesis-streams-vs-firehose",
            good: """
                With Kinesis Data Streams you provision shards, each taking about 1 MB or 1,000 records per second of \
                writes, and you write the consumers yourself, with the KCL, Lambda or Flink. The stream keeps records \
                for a day by default and up to a year, so several applications can read the same data and replay it \
                after a bug. Firehose is a managed delivery service: you point it at a destination such as S3, \
                Redshift or OpenSearch and it loads the data for you without any consumer code. It batches records by \
                size and time before writing, so data lands a minute or so later rather than instantly. It can also \
                call a Lambda to transform records and convert JSON into Parquet on the way into S3.
                """,
            partial: """
                Data Streams splits the stream into shards and you write your own consumer to read them. Firehose is \
                fully managed and just writes the data to S3 for you.
                """,
            offTopic: """
                The Glue Data Catalog holds table definitions and schemas for files in S3, and a crawler can infer \
                them by sampling the files.
                """
        ),
        Answers(
            questionID: "aws-s3-storage-classes",
            good: """
                Standard is for hot data you read often. Standard-IA and the other infrequent-access classes cost less \
                per GB stored but add a fee for every GB you retrieve. Intelligent-Tiering is the pick when you can't \
                predict the access pattern: it moves objects between tiers for a small monitoring charge per object \
                and never charges for retrieval. One Zone-IA keeps a single copy in one Availability Zone, so only use \
                it for data you could regenerate. Watch the minimum storage durations: 30 days for the IA classes, 90 \
                for Glacier Instant and Flexible Retrieval and 180 for Deep Archive, billed even if you delete sooner. \
                Objects in Glacier Flexible Retrieval or Deep Archive have to be restored before you can read them, \
                which takes from minutes up to 12 or 48 hours.
                """,
            partial: """
                Standard is the default; the infrequent access tiers are cheaper to keep data in but you pay when you \
                read it back. Glacier is for archives: you have to restore an object before reading it, which can take \
                hours.
                """,
            offTopic: """
                Since December 2020 S3 is strongly consistent: a read right after a write returns the new object, and \
                listings show it at once.
                """
        ),
    ]

    @Test("the answers span at least ten questions in the Python, SQL and AWS tracks")
    func spread() throws {
        #expect(Set(Self.answers.map(\.questionID)).count == Self.answers.count)
        #expect(Self.answers.count >= 10)
        var tracks: Set<Track> = []
        for answers in Self.answers {
            let question = try #require(Self.catalog.question(id: answers.questionID))
            tracks.insert(question.track)
        }
        #expect(tracks == [.python, .sql, .aws])
    }

    @Test("a good answer covers every point and outranks a partial one, which outranks an off-topic one",
          arguments: answers)
    func ranks(_ answers: Answers) throws {
        let question = try #require(Self.catalog.question(id: answers.questionID), "no question \(answers.questionID)")
        try #require(!question.keyPoints.isEmpty)
        let matcher = KeyPointMatcher()
        let good = matcher.coverage(of: answers.good, against: question.keyPoints)
        let partial = matcher.coverage(of: answers.partial, against: question.keyPoints)
        let offTopic = matcher.coverage(of: answers.offTopic, against: question.keyPoints)

        #expect(good.missed.isEmpty, "the good answer missed: \(good.missed.map(\.point))")
        #expect(good.fraction == 1)
        #expect(good.fraction > partial.fraction)
        #expect(partial.fraction > offTopic.fraction)
        #expect(!partial.covered.isEmpty)
        #expect(offTopic.fraction <= 0.25, "the off-topic answer covered: \(offTopic.covered.map(\.point))")
        #expect(good.suggestedRating == .easy)
        #expect(offTopic.suggestedRating == .again)
    }

    static let pruning = [KeyPoint(point: "Partition pruning skips partitions", match: ["partition pruning"])]

    func covers(_ answer: String, _ points: [KeyPoint] = pruning, slack: Int = 3) -> Bool {
        KeyPointMatcher(slack: slack).coverage(of: answer, against: points).missed.isEmpty
    }

    @Test("case and punctuation are ignored", arguments: [
        "Partition-Pruning!", "PARTITION PRUNING", "partition, pruning.", "(partition) 'pruning'?",
    ])
    func caseAndPunctuation(_ answer: String) {
        #expect(covers(answer))
    }

    @Test("inflections of a word meet at one stem")
    func stems() {
        let stems = Set(["partition", "partitioned", "partitions", "partitioning"].flatMap(AnswerNormalizer.stems))
        #expect(stems.count == 1, "\(stems)")
        #expect(AnswerNormalizer.stems("queries") == AnswerNormalizer.stems("query"))
        #expect(AnswerNormalizer.stems("stopped") == AnswerNormalizer.stems("stop"))
        #expect(covers("we partitioned the table, so pruned scans are cheap"))
    }

    @Test("filler words are dropped")
    func fillerWords() {
        #expect(AnswerNormalizer.stems("the partition key") == AnswerNormalizer.stems("partition key"))
        #expect(covers("pruning of the partitions"))
    }

    @Test("words may come in any order within the window", arguments: [
        "pruning of partitions", "partitions are pruned", "pruning the unneeded partitions",
    ])
    func wordOrder(_ answer: String) {
        #expect(covers(answer))
    }

    @Test("words too far apart do not match")
    func tooFarApart() {
        let answer = "Choose the partition key first; planner statistics, vacuum settings and indexes all matter "
            + "before any pruning happens."
        #expect(!covers(answer))
        #expect(covers(answer, slack: 20), "a wider window reaches the second word")
        #expect(!covers("partition"), "one word of two is not enough")
    }

    @Test("an empty answer covers nothing and suggests Again", arguments: ["", "   \n\t", "...?!"])
    func emptyAnswer(_ answer: String) {
        let points = Self.pruning + [KeyPoint(point: "Filter on the bare key", match: ["bare key"])]
        let coverage = KeyPointMatcher().coverage(of: answer, against: points)
        #expect(coverage.covered.isEmpty)
        #expect(coverage.missed == points)
        #expect(coverage.fraction == 0)
        #expect(coverage.suggestedRating == .again)
    }

    @Test("a question with no key points counts as fully covered")
    func noKeyPoints() {
        let coverage = KeyPointMatcher().coverage(of: "anything at all", against: [])
        #expect(coverage.fraction == 1)
        #expect(coverage.suggestedRating == .easy)
    }
}
