/** Maps summarize requests and digests to and from the API's JSON models, without any HTTP. */
package io.newsdigest.json;
