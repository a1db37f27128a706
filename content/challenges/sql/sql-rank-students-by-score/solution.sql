SELECT
    name,
    score,
    DENSE_RANK() OVER (ORDER BY score DESC) AS score_rank
FROM students
WHERE score IS NOT NULL
ORDER BY score_rank, name;
