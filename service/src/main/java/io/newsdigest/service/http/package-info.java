/** The REST API: one service per resource, request checks, limits, API keys and the mapping of errors to problem+json. */
package io.newsdigest.service.http;
