/**
 * Language detection for cleaned articles: one shared lingua detector over the languages of the
 * news this project reads, answering an ISO 639-1 code or {@code und} with the reason. See {@link
 * io.corroborate.clean.lang.Languages}.
 */
package io.corroborate.clean.lang;
