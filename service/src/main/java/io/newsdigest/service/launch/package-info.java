/**
 * Starts the long-running commands ({@code serve}, {@code batch}) in a JVM sized for them: a bounded heap and,
 * for the server, a start-up cache, unless the user chose the JVM's options.
 */
package io.newsdigest.service.launch;
