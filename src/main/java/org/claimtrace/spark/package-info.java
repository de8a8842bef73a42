/**
 * claimtrace on Apache Spark: the CLI's pipeline applied to a {@code Dataset} of articles, with the
 * configuration shipped to executors and the pipeline built once per executor JVM
 * ({@link org.claimtrace.spark.SparkClaimTrace}); inputs ({@link org.claimtrace.spark.SparkInputs}), Parquet
 * tables ({@link org.claimtrace.spark.ResultTables}) and the {@code spark-submit} entry point
 * ({@link org.claimtrace.spark.SparkMain}). Spark itself is a provided dependency.
 */
package org.claimtrace.spark;
