/** Tests of the editors' page in a real headless browser against the real server. */
package io.newsdigest.service.web;
