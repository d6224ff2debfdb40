/**
 * The plain-text side of cleaning: scraped text in, one role per line out. {@link
 * io.corroborate.clean.text.Lines} splits the text (rejoining hard-wrapped paragraphs), {@link
 * io.corroborate.clean.text.Cues} holds the lexical cues of web pages, and {@link
 * io.corroborate.clean.text.TextCascade} runs the numbered steps that give every line its role and
 * read the title, bylines ({@link io.corroborate.clean.text.Bylines}) and date lines ({@link
 * io.corroborate.clean.text.Dates}). Thresholds live in {@link
 * io.corroborate.clean.text.TextThresholds}; {@link io.corroborate.clean.TextExtractor} is the
 * entry point the clean stage uses.
 */
package io.corroborate.clean.text;
