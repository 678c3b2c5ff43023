/**
 * A Spark standalone cluster on this machine for tests: a master and workers in JVMs of their own, started from
 * the Spark jars Maven resolved, and what a test needs to watch a job on it (the driver's REST API, the event log)
 * and to kill an executor's JVM.
 */
package io.newsdigest.spark.cluster;
