/**
 * The installed models a pipeline uses, lent to each call and reloaded from the models directory while calls run;
 * a replaced model is closed only once no call uses it any more.
 */
package io.newsdigest.nlp.installed;
