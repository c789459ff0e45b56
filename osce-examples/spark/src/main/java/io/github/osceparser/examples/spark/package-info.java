/**
 * An Apache Spark application: {@link io.github.osceparser.examples.spark.OscePagesJob} parses page
 * files and web archives, from any file system Spark reads, into a Parquet dataset (or JSON Lines)
 * with one row per page and the columns of {@link io.github.osceparser.examples.spark.PageSchema}.
 * Spark is a {@code provided} dependency: the cluster brings it, and {@code osce-spark.jar} holds
 * only the job, the parser and their own dependencies.
 */
package io.github.osceparser.examples.spark;
